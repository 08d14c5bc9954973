/** Which input column feeds which statement field, recognised by common names. */

export const FIELDS = ['id', 'text', 'group', 'speaker', 'source', 'date', 'url', 'provenance', 'label'] as const;
export type Field = (typeof FIELDS)[number];

/** Names a column may go by, in order of preference, compared after normalising. */
const ALIASES: Record<Field, string[]> = {
  id: ['id', 'statement_id', 'uid'],
  text: ['text', 'statement', 'quote', 'content', 'body', 'message'],
  group: ['group', 'stakeholder', 'stakeholder_group', 'category', 'role'],
  speaker: ['speaker', 'author', 'user', 'name'],
  source: ['source', 'outlet', 'platform', 'site'],
  date: ['date', 'published', 'created_at', 'timestamp'],
  url: ['url', 'link'],
  provenance: ['provenance'],
  label: ['label', 'human_label', 'manual_label', 'sentiment_label', 'coded_label'],
};

/** "Stakeholder Group" and "stakeholder-group" both become "stakeholder_group". */
function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Column index for each field that could be matched; text and group may be missing. */
export type ColumnMap = Partial<Record<Field, number>>;

/** The text and group columns a user picked by name, when they could not be recognised. */
export interface ColumnChoice {
  text: string;
  group: string;
}

export function mapColumns(headers: readonly string[], choice?: ColumnChoice): ColumnMap {
  const normalised = headers.map(normaliseName);
  const map: ColumnMap = {};
  const taken = new Set<number>();
  if (choice) {
    for (const field of ['text', 'group'] as const) {
      const index = headers.indexOf(choice[field]);
      if (index >= 0 && !taken.has(index)) {
        map[field] = index;
        taken.add(index);
      }
    }
  }
  for (const field of FIELDS) {
    if (map[field] !== undefined) continue;
    for (const alias of ALIASES[field]) {
      const index = normalised.findIndex((name, i) => name === alias && !taken.has(i));
      if (index >= 0) {
        map[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return map;
}
