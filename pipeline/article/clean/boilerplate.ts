/**
 * Page chrome that scraping leaves in an article, as named rules over single
 * lines. A line that matches is dropped from the body and reported by rule.
 */
import chrome from "./chrome.json" with { type: "json" };

export interface LineRule {
  rule: string;
  test: (line: string) => boolean;
}

const re = (pattern: RegExp) => (line: string) => pattern.test(line);
/** Chrome is short and never a sentence; a long line that happens to match is text. */
const short = (pattern: RegExp, max = 90) => (line: string) => line.length <= max && !/[.!?]["”»]?$/.test(line) && pattern.test(line);

const NAV_WORDS = new Set(chrome.sections);
/** What an embedded post shows in place of itself: "View this post on Instagram". */
const EMBED_PROMPTS = new Set(chrome.embedPrompts);

/** Banners speak to the reader ("we use cookies", "our newsletter"); an article sentence about cookies does not. */
const READER = /\b(we|our|you|your|this (web)?site|nous|notre|vous|votre|ce site|wir|unser\w*|Sie|Ihnen|diese (web)?seite|diese website|utilizamos|usamos|nuestr[oa]s?|este sitio)\b/i;

/** A photo credit closing a line, alone or after the caption it belongs to. */
const endsWithCredit = (line: string) =>
  /\((photo|image|foto|file photo)\b[^)]*\)$/i.test(line) || /(?:^|[.)]\s+)(?:Photo|Foto|Bild|Imagen|Image)\s*:\s*[\p{L}\d /.&-]{2,60}$/u.test(line);

/** Prompts to comment, send material, or wait; and reading-time notes ("Lesezeit: 3 Min."). */
const isContribute = short(/^(send (us )?your (videos|photos|tips|story)|follow us on|download (our|the) app|listen to this article|\d+ min(ute)?s? read|skip to (main )?content)\b|^(\d+ )?(comments?|kommentare?|commentaires?|comentarios?)$|^leave a comment$|^loading\W*$/i);
const READING_TIME = /^(lesezeit|temps de lecture|tiempo de lectura|reading time)\s*:\s*\d+\s*min\.?$|^~?\s*\d+\s*(min\.?|minuten|minutes|minutos)(\s+(read|lesezeit|de lecture|de lectura))?$/i;
/** A consent dialog's rows beside its buttons: "Speicherdauer: Daten auf Ihrem Endgerät …", "Online tracking choices". */
const CONSENT = /^(speicherdauer|storage duration|durée de conservation|duración del almacenamiento)\s*:|^(online tracking|your privacy|manage (your )?(privacy|cookie|consent)) (choices|preferences|settings)$/i;
/** A player's or a rating widget's text in place of itself: "Media playback is unsupported on your device", "1,0 bei 2 Bewertungen". */
const WIDGET = /^(media playback is (unsupported|not supported) on your device|your browser does not support (the )?(video|audio)( (tag|element))?\.?)$|^\d(?:[.,]\d)?\s*(?:\/\s*5\s*)?(?:bei|from|aus|von|out of|sur)\s+\d+\s+(bewertungen|ratings|reviews|stimmen|votes|avis)$/i;

const TAGS = /^(tags?|topics?|keywords?|schlagwörter|themen|etiquetas|mots-clés|sujets)\s*:|^(tagged with|getaggt mit|verschlagwortet mit|etiquetado con|étiqueté avec)\s+\S/i;
const isCategory = short(/^(filed under|eingeordnet unter|abgelegt unter|classé dans|archivado en)\s+\S/i);

function isMenu(line: string): boolean {
  if (line.length > 160 || /[.!?]$/.test(line)) return false;
  if ((line.match(/\s[|•·›»]\s/g) ?? []).length >= 2) return true;
  const words = line.toLowerCase().split(/\s+/);
  return words.length >= 4 && words.filter((w) => NAV_WORDS.has(w)).length / words.length >= 0.75;
}

export const LINE_RULES: LineRule[] = [
  { rule: "boilerplate:ad", test: re(/^(ad( [a-z]{1,3}){0,5}|ads|advertisement|advertising|anzeige|werbung|publicidad|publicité|anuncio|ad feedback|sponsored( content)?|story continues below( advertisement)?)$/i) },
  { rule: "boilerplate:share", test: short(/^(share|tweet|partager|partagez|teilen|compartir|compartilhar)(\s+(this|on|via|to|your|sur|cet|l'article|auf|per|en|esta|este)\b.*)?$|^(diesen |den )?artikel teilen$|^(facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|print|copy link)(\s*[|,/]?\s*(facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|print|copy link))*$/i) },
  { rule: "boilerplate:contribute", test: (line) => isContribute(line) || READING_TIME.test(line) },
  // A banner speaks to the reader, or is a button: "Accept all cookies".
  { rule: "boilerplate:cookie", test: (line) => CONSENT.test(line) || (line.length <= 400 && /\bcookies?\b/i.test(line) && (READER.test(line) || line.length <= 40) && /\b(accept|consent|use|uses|policy|settings|utilisons|utilise|verwenden|verwendet|utilizamos|utiliza|akzeptieren|accepter|aceptar)\b/i.test(line)) },
  { rule: "boilerplate:widget", test: re(WIDGET) },
  { rule: "boilerplate:newsletter", test: (line) => line.length <= 200 && (/\b(abonnez-vous|inscrivez-vous|suscr[ií]bete)\b|\b(sign up|subscribe)\b.*\b(updates|inbox|alerts|newsletter)\b/i.test(line) || (/\bnewsletter\b/i.test(line) && READER.test(line)) || /^(newsletters?|(jetzt |newsletter )?abonnieren|s'abonner|suscribirse|sign up now)$/i.test(line)) },
  { rule: "boilerplate:copyright", test: (line) => line.length <= 200 && (/^(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}))|^creative commons (license|licence|lizenz)$|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados/i.test(line) || (/^copyright\b/i.test(line) && !/[.!?]$/.test(line))) },
  { rule: "boilerplate:caption", test: (line) => /^(photo|image|picture|file photo|foto|bild|imagen|crédit|credit|photograph)\s*(:|\(|by\b)|^image (source|caption),|^(afp|reuters|ap|epa|getty images)( via getty images)?$/i.test(line) || (line.length <= 300 && endsWithCredit(line)) },
  { rule: "boilerplate:source-link", test: re(/^(source|quelle|fuente|lien source)\s*:?\s*link$/i) },
  { rule: "boilerplate:see-also", test: short(/^(see also|read also|also read|related:|lire aussi|à lire aussi|voir aussi|siehe auch|lesen sie auch|lea también|ver también|te puede interesar)\b/i, 200) },
  { rule: "boilerplate:read-more", test: short(/^(read more|read the full|continue reading|mehr lesen|weiterlesen|lire la suite|en savoir plus|leer más|click here)\b/i, 200) },
  { rule: "boilerplate:more-on", test: short(/^(more on this (topic|story)|more about this|mehr zum thema|plus sur ce sujet|más sobre este tema)\b|^(more news|more from [\w ]+|related( articles| stories| news| coverage| topics)?|latest news|top stories|most (read|popular)|trending( now)?|recommended( for you)?|auch interessant|das könnte sie auch interessieren|(weitere|ähnliche|empfohlene) artikel|zum thema|sur le même sujet|noticias relacionadas|artículos relacionados)$/i, 200) },
  // Tags and a blog post's category: "Getaggt mit Katar, Kabul", "Eingeordnet unter Allgemein".
  { rule: "boilerplate:tags", test: (line) => TAGS.test(line) || isCategory(line) },
  // A credit names someone ("by Jane Doe") and is not a sentence, unless it lists several roles ("; Editing by").
  { rule: "credit:wire", test: (line) => /^\(?\s*(\(?additional )?(reporting|writing|editing|compiled|translated) by\b/i.test(line) && /\b[Bb][Yy]\s+\p{Lu}/u.test(line) && (/;|\bediting by\b/i.test(line) || !/[.!?]$/.test(line)) },
  // A comment form's fields ("E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)"), a note that links open elsewhere, a forum post's reactions.
  { rule: "boilerplate:form", test: short(/\((required|erforderlich|pflichtfeld|obligatoire|obligatorio|obrigatório)\)|\(\s*(abmelden|log out|déconnexion|cerrar sesión)\s*\/\s*(ändern|change|modifier|cambiar)\s*\)/i, 120) },
  { rule: "boilerplate:link-note", test: short(/\b(opens?|will open) in a new (window|tab)\b|(?:^|\s)öffnet (sich )?in (einem )?neuen (fenster|tab)\b|\bs'ouvre dans une nouvelle fenêtre\b/i, 120) },
  { rule: "boilerplate:reactions", test: re(/^(reactions|likes|reaktionen)\s*:\s+\S/i) },
  { rule: "boilerplate:menu", test: isMenu },
  { rule: "boilerplate:embed", test: (line) => EMBED_PROMPTS.has(line.toLowerCase()) },
  // A server's error printed into the page ("Warning: … in /var/www/…/db.php on line 52"): never the article's.
  { rule: "boilerplate:server-error", test: re(/^(?:warning|notice|deprecated|strict standards|fatal error|parse error): .+ in \/\S+ on line \d+$/i) },
];

/** The first rule the line breaks, or null for article text. */
export function boilerplateRule(line: string): string | null {
  for (const { rule, test } of LINE_RULES) if (test(line)) return rule;
  return null;
}
