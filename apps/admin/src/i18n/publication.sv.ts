/**
 * Swedish strings of the public page's settings (namespace "publication");
 * publication.en.ts has the same keys (the compiler checks it).
 */
export const publicationSv = {
  title: 'Publicering',
  intro:
    'Kommunen kan visa sina beslutade planer för invånarna på en öppen sida utan inloggning: mål, aktiviteter, hur långt arbetet har kommit och indikatorerna.',
  private:
    'Det som inte visas: uppföljningarnas kommentarer, interna anteckningar, personers namn och e-postadresser, budget. Små tal (färre än 5) döljs.',
  adminOnly: 'Bara kommunens administratör kan ändra publiceringen.',
  state: {
    heading: 'Läge',
    published: 'Sidan är publicerad.',
    unpublished:
      'Sidan är inte publicerad. Den som går till adressen får veta att sidan inte finns.',
    address: 'Adress',
    open: 'Öppna den publika sidan (ny flik)',
    preview: 'Förhandsgranska sidan med de valda planerna (ny flik)',
    updatedAt: 'Senast ändrad {{when}}.',
    never: 'Inget har publicerats ännu.',
  },
  form: {
    heading: 'Vad som publiceras',
    publish: 'Publicera sidan',
    publishYes: 'Ja, visa sidan för alla',
    publishNo: 'Nej, sidan är inte publicerad',
    plans: 'Planer att visa',
    plansHint: 'Bara antagna eller gällande planer kan publiceras.',
    noPlans: 'Kommunen har ingen antagen eller gällande plan att publicera än.',
    notPublishable: 'Kan inte publiceras än',
    save: 'Spara',
    saving: 'Sparar …',
    saved: 'Publiceringen är sparad.',
  },
  planLabel: '{{title}} ({{from}}–{{to}}, {{status}})',
};
