// The fixture clinic (tests/fixtures/clinic/) in English and French: `languages: [en, fr]`,
// the clinic's own words in French, and French files for one article's frame (title,
// description; its body is a short French stand-in, marked as the fixture's), its author
// and reviewer, its service and topics, and the pages the footer links to. Everything
// else stays in English only, so the French site is smaller than the English one, as a
// clinic's is while it translates. Used by the build tests of languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { FIXTURE_CONTENT, ROOT, type Edits } from './fixture.ts';

// The clinic's own seed article, found in content/ by the seed text's first sentence (as tests/build/article.test.ts
// finds it): its text, word for word, joins the fixture clinic in English, with a French frame around it.
const seedText = readFileSync(join(ROOT, 'tests/fixtures/hip-balance-and-lower-back-pain.txt'), 'utf8');
const seedFirstSentence = seedText.trim().split(/(?<=\.)\s/)[0]!;
const seedFile = readdirSync(join(ROOT, 'content/articles')).find((f) => /\.mdx?$/.test(f) && readFileSync(join(ROOT, 'content/articles', f), 'utf8').includes(seedFirstSentence));
if (!seedFile) throw new Error('No article in content/articles/ holds the seed text (tests/fixtures/hip-balance-and-lower-back-pain.txt)');
/** The seed article's file name, in the fixture as in content/. */
export const SEED = seedFile.replace(/\.mdx?$/, '');
export const SEED_FIRST_SENTENCE = seedFirstSentence;
export const SEED_FRENCH_TITLE = 'Équilibre des hanches et mal de dos';
const seedBody = readFileSync(join(ROOT, 'content/articles', seedFile), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
/** The seed's frame with the fixture clinic's people, service and topic (the clinic's own are not in the fixture). */
const seedFrame = (title: string, description: string) =>
  `---\ntitle: "${title}"\ndescription: "${description}"\npublishedDate: 2026-05-01\nauthor: ada-brennan\nreviewer: luc-tremblay\nlastReviewed: 2026-05-02\ntopics: [shoulders]\nservices: [sports-massage]\n---\n`;

/** The article translated: its English file's name is the key both share. */
export const TRANSLATED_ARTICLE = 'shoulder-tension-at-work';
export const FRENCH_TITLE = 'Épaules tendues au travail : cinq gestes';

/** The French notes of the fixture clinic's special days still to come, by date as in its clinic.yaml. */
export const FRENCH_HOLIDAY_NOTES = [
  { date: '2099-07-01', note: 'Jour du Souvenir' },
  { date: '2099-12-24', note: 'Veille de Noël' },
];

const source = (path: string) => readFileSync(join(FIXTURE_CONTENT, path), 'utf8');

/** A translation: the English file's fields, some replaced by their French, and a French body. */
function translated(path: string, fields: Record<string, unknown>, body: string): () => string {
  return () => {
    const [, front] = /^---\n([\s\S]*?)\n---\n/.exec(source(path))!;
    const doc = parseDocument(front!);
    for (const [key, value] of Object.entries(fields)) doc.set(key, value);
    return `---\n${String(doc)}---\n\n${body}\n`;
  };
}

export function inFrench(): Edits {
  return {
    [`content/articles/${SEED}.mdx`]: () => `${seedFrame('Hip Balance and Lower Back Pain', 'Misaligned hips can strain the lower back: why hip balance matters for back pain, and how massage therapy can help.')}${seedBody}`,
    // The frame in French; the text stays the clinic's English one, marked as English, until the clinic supplies its translation.
    [`content/articles/fr/${SEED}.mdx`]: () =>
      `${seedFrame(SEED_FRENCH_TITLE, 'Des hanches déséquilibrées peuvent solliciter le bas du dos : pourquoi l’équilibre des hanches compte, et comment la massothérapie aide.')}\n{/* Cadre en français du jeu d’essai : la clinique fournira la traduction du texte. */}\n\n*Cet article n’est pas encore traduit ; voici le texte original en anglais.*\n\n<div lang="en">\n\n${seedBody.trim()}\n\n</div>\n`,
    'content/clinic.yaml': (yaml) => {
      const doc = parseDocument(yaml!);
      doc.set('languages', ['en', 'fr']);
      doc.set('translations', {
        fr: {
          tagline: 'Massothérapie agréée au bord du port',
          description: 'Harbour Light Massage est une clinique de massothérapie agréée : massage sportif et aux pierres chaudes, facturation directe à la plupart des assurances.',
          payment: 'Carte de débit, cartes de crédit et comptant.',
          directBilling: 'Nous facturons directement la plupart des assurances collectives.',
          cancellationSummary: 'Annulez au moins 48 heures à l’avance; une annulation tardive coûte la moitié du tarif.',
          parking: 'Stationnement payant sur la rue Water; le stationnement du port est gratuit après 18 h.',
          transit: 'Les lignes 3 et 10 de Metrobus s’arrêtent devant la porte.',
          premisesAccessibility: 'Clinique au rez-de-chaussée, rampe à la porte de côté et salle de bain large.',
          // The notes of the days still to come (the fixture's past day needs none).
          specialHours: FRENCH_HOLIDAY_NOTES,
        },
      });
      return String(doc);
    },
    [`content/articles/fr/${TRANSLATED_ARTICLE}.mdx`]: translated(
      `articles/${TRANSLATED_ARTICLE}.mdx`,
      {
        title: FRENCH_TITLE,
        description: 'Pourquoi les épaules se raidissent au fil de la journée, et cinq petits changements au bureau, aux pauses et au sommeil qui les soulagent.',
      },
      [
        '{/* Texte de démonstration du jeu d’essai : la clinique fournit ses propres traductions. */}',
        'Les épaules portent la journée. Les écrans sont bas, les bras tendus, et le soir les muscles entre le cou et l’épaule sont tendus.',
        '',
        '## Remonter l’écran',
        '',
        'Placez le haut de l’écran à la hauteur des yeux.',
        '',
        '<BookingCTA service="sports-massage" />',
        '',
        '## Prendre de courtes pauses',
        '',
        'Levez-vous toutes les demi-heures et roulez les épaules vers l’arrière cinq fois.',
        '',
        '## Dormir sur le dos ou sur le côté',
        '',
        'Un oreiller qui garde le cou droit aide les épaules à se reposer.',
      ].join('\n'),
    ),
    'content/therapists/fr/ada-brennan.md': translated(
      'therapists/ada-brennan.md',
      { role: 'Massothérapeute agréée', focus: ['Blessures de course', 'Douleurs aux épaules'], languages: ['anglais', 'irlandais'], services: ['sports-massage'] },
      'Ada traite les coureurs et les rameurs, et travaille à la clinique du port depuis son ouverture.',
    ),
    'content/therapists/fr/luc-tremblay.md': translated(
      'therapists/luc-tremblay.md',
      { role: 'Massothérapeute agréé', focus: ['Escalade', 'Avant-bras'], languages: ['anglais', 'français'] },
      'Luc a étudié la kinésiologie avant la massothérapie. Il travaille avec des grimpeurs et des pagayeurs.',
    ),
    'content/services/fr/sports-massage.md': translated(
      'services/sports-massage.md',
      { title: 'Massage sportif', summary: 'Un massage pour la charge d’entraînement, la préparation aux courses et la récupération, selon votre sport.', category: 'Traitement' },
      'Un massage sportif commence par votre entraînement : ce que vous préparez et ce qui est tendu.',
    ),
    'content/topics/fr/shoulders.md': translated('topics/shoulders.md', { title: 'Épaules', description: 'Les tensions aux épaules dues au bureau, au sport et au sommeil, et ce que le massage et de petites habitudes y peuvent.' }, ''),
    'content/topics/fr/recovery.md': translated('topics/recovery.md', { title: 'Récupération', description: 'Récupérer de l’entraînement et des longues journées : repos, sommeil, mouvement et la place du massage.' }, ''),
    'content/pages/fr/about.md': translated(
      'pages/about.md',
      { title: 'À propos de Harbour Light Massage', summary: 'Une clinique de massothérapie agréée au bord du port, et comment ses thérapeutes rédigent et révisent les articles du site.' },
      'Harbour Light Massage est une petite clinique de la rue Water.\n\n<h2 id="editorial-and-medical-review-policy">Politique éditoriale et de révision médicale</h2>\n\nChaque article est rédigé par un de nos massothérapeutes et révisé par un autre avant sa publication.',
    ),
    'content/pages/fr/accessibility.md': translated('pages/accessibility.md', { title: 'Accessibilité', summary: 'Comment ce site et la clinique sont rendus utilisables par tous, et comment nous signaler un obstacle.' }, 'Écrivez-nous si une page ou la clinique vous pose un obstacle.'),
    'content/pages/fr/faq.md': translated(
      'pages/faq.md',
      {
        title: 'Questions et réponses',
        summary: 'Les réponses aux questions les plus fréquentes sur la réservation, les assurances, la tenue et le déroulement d’une visite.',
        questions: [{ question: 'Faut-il une recommandation médicale?', answer: 'Non. Certaines assurances en demandent une : vérifiez votre régime.' }],
      },
      '',
    ),
    'content/pages/fr/first-visit.md': translated('pages/first-visit.md', { title: 'Votre première visite', summary: 'Ce qui se passe à votre premier rendez-vous, du questionnaire de santé à l’évaluation, au traitement et aux suites.' }, 'Prévoyez dix minutes de plus pour le questionnaire de santé.'),
    'content/pages/fr/privacy.md': translated('pages/privacy.md', { title: 'Confidentialité', summary: 'Ce que ce site recueille (rien sur votre santé), ce que recueille la plateforme de réservation, et à qui poser vos questions.' }, 'Ce site ne recueille aucun renseignement sur votre santé.'),
    'content/pages/fr/policies/cancellation.md': translated('pages/policies/cancellation.md', { title: 'Politique d’annulation', summary: 'Le préavis à donner si vous ne pouvez pas venir, le coût d’une annulation tardive, et quand il est annulé.' }, 'Donnez au moins 48 heures de préavis.'),
  };
}
