/** Which input column feeds which statement field, recognised by common names. */

export const FIELDS = ['id', 'text', 'group', 'speaker', 'source', 'date', 'url', 'provenance', 'label'] as const;
export type Field = (typeof FIELDS)[number];

/** Names taken for the text only when a file has no fuller one: a headline or title. */
const FALLBACK_TEXT = ['headline', 'title', 'uberschrift', 'schlagzeile', 'titel', 'titre', 'titular', 'titulo'];
/** Names taken for the group only when a file has no group column: the kind of source. */
const FALLBACK_GROUP = ['source_type', 'media_type', 'quellentyp', 'medientyp', 'type_de_source', 'type_de_media', 'tipo_de_fuente', 'tipo_de_medio'];

/** Whether `name` fed the text or the group only for want of a better column, so the user should be told. */
export function isFallback(field: 'text' | 'group', name: string): boolean {
  return (field === 'text' ? FALLBACK_TEXT : FALLBACK_GROUP).includes(normaliseName(name));
}

/**
 * Names a column may go by, in order of preference, compared after normalising (see
 * normaliseName): our own, the usual English ones, those of media-monitoring exports, and German,
 * French and Spanish. A name late in a list is a fallback: a monitoring export's `Headline` is the
 * text only when the file has no fuller one, and its `Source Type` the group only when it has no
 * group column (a mention's kind of source, news or social, is the nearest thing it has to a
 * stakeholder group).
 */
const ALIASES: Record<Field, string[]> = {
  id: ['id', 'statement_id', 'uid', 'mention_id', 'post_id', 'document_id'],
  text: [
    'text', 'statement', 'quote', 'content', 'body', 'message',
    'mention_content', 'hit_sentence', 'snippet', 'full_text', 'excerpt', 'comment',
    'aussage', 'zitat', 'inhalt', 'ausserung', 'beitrag', 'kommentar', 'nachricht',
    'texte', 'citation', 'declaration', 'contenu', 'extrait', 'commentaire',
    'texto', 'cita', 'contenido', 'mensaje', 'comentario', 'fragmento',
    ...FALLBACK_TEXT,
  ],
  group: [
    'group', 'stakeholder', 'stakeholder_group', 'category', 'role',
    'gruppe', 'stakeholdergruppe', 'stakeholder_gruppe', 'interessengruppe', 'anspruchsgruppe', 'kategorie', 'rolle',
    'groupe', 'partie_prenante', 'parties_prenantes', 'categorie',
    'grupo', 'parte_interesada', 'grupo_de_interes', 'categoria', 'rol',
    ...FALLBACK_GROUP,
  ],
  speaker: [
    'speaker', 'author', 'user', 'name', 'author_name', 'username', 'screen_name', 'journalist',
    'sprecher', 'sprecherin', 'autor', 'autorin', 'verfasser', 'redner',
    'auteur', 'orateur', 'intervenant', 'nom',
    'orador', 'hablante', 'nombre', 'usuario',
  ],
  source: [
    'source', 'outlet', 'platform', 'site', 'source_name', 'media_outlet', 'publication', 'publisher', 'medium', 'channel',
    'quelle', 'plattform', 'kanal', 'zeitung', 'medienname',
    'media', 'plateforme', 'support', 'nom_de_la_source',
    'fuente', 'medio', 'plataforma', 'canal',
  ],
  date: [
    'date', 'published', 'created_at', 'timestamp',
    'published_date', 'date_published', 'publish_date', 'publication_date', 'pub_date', 'published_at', 'posted',
    'date_time', 'datetime', 'created', 'time',
    'datum', 'veroffentlicht', 'veroffentlichungsdatum', 'erstellt', 'zeitpunkt',
    'date_de_publication', 'publie_le', 'heure',
    'fecha', 'fecha_de_publicacion', 'publicado',
  ],
  url: ['url', 'link', 'permalink', 'article_url', 'post_url', 'uri', 'lien', 'enlace', 'vinculo'],
  provenance: ['provenance'],
  label: ['label', 'human_label', 'manual_label', 'sentiment_label', 'coded_label'],
};

/** Every alias of every field. */
const KNOWN = new Set(Object.values(ALIASES).flat());

/**
 * "Stakeholder Group", "stakeholder-group" and "Stakeholder group (coded)"… all compare as
 * "stakeholder_group…": lower case, accents set aside (Catégorie, Äußerung), and every run of
 * anything but letters and digits one underscore.
 */
export function normaliseName(name: string): string {
  // Most names are plain already; a file of a million columns should not pay for the Unicode pass.
  if (/^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(name)) return name;
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** Column index for each field that could be matched; text and group may be missing. */
export type ColumnMap = Partial<Record<Field, number>>;

/**
 * The columns a user picked by name in the column picker: text and group always, the others when
 * shown; '' for a field means "no column", so no name is guessed for it.
 */
export type ColumnChoice = { text: string; group: string } & Partial<Record<Exclude<Field, 'text' | 'group'>, string>>;

export function mapColumns(headers: readonly string[], choice?: ColumnChoice): ColumnMap {
  // The columns that go by some alias, by name, in order: one lookup per alias, however many columns there are.
  const byName = new Map<string, number[]>();
  headers.forEach((header, i) => {
    const name = normaliseName(header);
    if (!KNOWN.has(name)) return;
    const list = byName.get(name);
    if (list) list.push(i);
    else byName.set(name, [i]);
  });
  const map: ColumnMap = {};
  const taken = new Set<number>();
  const chosen = new Set<Field>();
  if (choice) {
    for (const field of FIELDS) {
      const name = choice[field];
      if (name === undefined) continue;
      chosen.add(field);
      const index = headers.indexOf(name);
      if (name !== '' && index >= 0 && !taken.has(index)) {
        map[field] = index;
        taken.add(index);
      }
    }
  }
  for (const field of FIELDS) {
    if (chosen.has(field)) continue;
    for (const alias of ALIASES[field]) {
      const index = byName.get(alias)?.find((i) => !taken.has(i));
      if (index !== undefined) {
        map[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return map;
}
