/** A län, keyed by its two-digit länskod (SCB). */
export interface Region {
  code: string;
  name: string;
}

/** A kommun, keyed by its four-digit kommunkod (SCB), in the län given by `regionCode`. */
export interface Municipality {
  code: string;
  name: string;
  regionCode: string;
}

/** An Agenda 2030 target such as 5.2, with the UN's English and SCB's Swedish wording. */
export interface Agenda2030Target {
  id: string;
  goal: number;
  textSv: string;
  textEn: string;
}

/** A global indicator under a target; `national` marks Sweden's own additions, e.g. 5.2.3(N). */
export interface Agenda2030Indicator {
  id: string;
  targetId: string;
  national: boolean;
  textEn: string;
}
