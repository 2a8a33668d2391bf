import JSZip from 'jszip';

/**
 * Makes the embedded font of a docx-generated file one Word reads, as Word itself writes
 * it: docx 9.6 names the part after the font ("word/fonts/DejaVu Sans.odttf"), and Word
 * answers a part name with a space with its "unreadable content" repair prompt (fixed
 * upstream in dolanmiu/docx#3428, after 9.6). The parts become font1.odttf, font2.odttf …
 * (their relationships follow), and settings.xml gains <w:embedTrueTypeFonts/> so that
 * Word keeps the fonts when the file is saved again.
 */
export async function fixEmbeddedFonts(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const fonts = Object.keys(zip.files).filter(
    (name) => name.startsWith('word/fonts/') && name.endsWith('.odttf'),
  );
  if (!fonts.length) return docx;
  const relsPath = 'word/_rels/fontTable.xml.rels';
  let rels = (await zip.file(relsPath)?.async('string')) ?? '';
  for (const [i, name] of fonts.entries()) {
    const data = await zip.file(name)?.async('nodebuffer');
    if (!data) continue;
    const target = `fonts/font${i + 1}.odttf`;
    zip.remove(name);
    zip.file(`word/${target}`, data);
    const old = name.slice('word/'.length);
    rels = rels.split(`Target="${old}"`).join(`Target="${target}"`);
  }
  zip.file(relsPath, rels);
  const settings = await zip.file('word/settings.xml')?.async('string');
  if (settings && !settings.includes('w:embedTrueTypeFonts'))
    // It belongs before displayBackgroundShape in the schema's order of settings.
    zip.file(
      'word/settings.xml',
      settings.replace(/(<w:settings\b[^>]*>)/, '$1<w:embedTrueTypeFonts/>'),
    );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
