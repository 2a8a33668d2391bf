/**
 * Samla holds plans, organisations and aggregated figures, never personal data about
 * victims or perpetrators. Free text is screened for Swedish personal identity numbers
 * (personnummer and samordningsnummer): YYMMDD-NNNN, YYMMDD+NNNN or YYYYMMDDNNNN, with a
 * valid Luhn check digit so that ordinary numbers (a diarienummer, an amount) pass.
 */
const CANDIDATE = /(?<!\d)(?:(?:19|20)?(\d{2}))(\d{2})(\d{2})[-+\s]?(\d{4})(?!\d)/g;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function plausibleDate(month: number, day: number): boolean {
  // Samordningsnummer add 60 to the day.
  const realDay = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && realDay >= 1 && realDay <= 31;
}

export function containsPersonalIdentityNumber(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const [, yy = '', mm = '', dd = '', tail = ''] = match;
    if (!plausibleDate(Number(mm), Number(dd))) continue;
    if (luhnValid(`${yy}${mm}${dd}${tail}`)) return true;
  }
  return false;
}
