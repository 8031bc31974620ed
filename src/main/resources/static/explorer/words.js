// How the API's enums read on the page: kinds and relationship types in the words of the service's
// vocabulary (Query.vocabulary, loaded once with useVocabulary), change kinds from here.

let kinds = new Map();
let types = [];

/** Takes the vocabulary the API serves: `{ kinds: [{ kind, label, labelCy }], relationTypes: [...] }`. */
export function useVocabulary(vocabulary) {
  kinds = new Map(vocabulary.kinds.map((k) => [k.kind, k]));
  types = vocabulary.relationTypes;
}

/** The types org charts follow as solid lines (accountability and reporting), strongest first. */
export function upwardTypes() {
  return types.filter((t) => t.upward).map((t) => t.type);
}

/** The types org charts draw as dotted lines beside the upward ones. */
export function dottedTypes() {
  return types.filter((t) => t.dotted).map((t) => t.type);
}

/** "part of" for PART_OF ("yn rhan o" in Welsh); a type the vocabulary lacks still reads sensibly. */
export function relationPhrase(type, lang = 'en') {
  const known = types.find((t) => t.type === type);
  if (known) return lang === 'cy' ? known.labelCy : known.label;
  return type.toLowerCase().replaceAll('_', ' ');
}

/** "Health board" for HEALTH_BOARD ("Bwrdd iechyd" in Welsh). */
export function kindLabel(kind, lang = 'en') {
  const known = kinds.get(kind);
  if (known) return lang === 'cy' ? known.labelCy : known.label;
  const words = kind.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const CHANGE_LABELS = {
  ESTABLISHED: 'Established',
  DISSOLVED: 'Dissolved',
  RENAMED: 'Renamed',
  REPLACED: 'Replaced',
  MOVED: 'Moved',
  CORRECTED: 'Corrected',
  RELATIONSHIP_STARTED: 'Relationship began',
  RELATIONSHIP_ENDED: 'Relationship ended',
};

export function changeLabel(kind) {
  return CHANGE_LABELS[kind] ?? kind;
}

/** Which colour family a kind is drawn in (see explorer.css and the chart style). */
export function kindFamily(kind) {
  switch (kind) {
    case 'LEGISLATURE': case 'GOVERNMENT': case 'GOVERNMENT_DEPARTMENT': case 'POST': case 'COMMITTEE':
      return 'government';
    case 'HEALTH_SYSTEM': case 'HEALTH_BOARD': case 'NHS_TRUST': case 'SPECIAL_HEALTH_AUTHORITY':
    case 'HOSTED_BODY': case 'JOINT_COMMITTEE': case 'SERVICE': case 'EXECUTIVE':
      return 'nhs';
    case 'CLUSTER': case 'PAN_CLUSTER_PLANNING_GROUP': case 'PROFESSIONAL_COLLABORATIVE': case 'PROVIDER':
      return 'primary';
    case 'LOCAL_AUTHORITY': case 'REGIONAL_PARTNERSHIP_BOARD': case 'PUBLIC_SERVICES_BOARD':
      return 'partnership';
    case 'BOARD': case 'GROUP': case 'PROGRAMME': case 'WORK_STREAM':
      return 'programme';
    default:
      return 'other';
  }
}

export const FAMILY_COLOURS = {
  government: '#5b3f8c',
  nhs: '#005eb8',
  primary: '#1d7a46',
  partnership: '#a34d00',
  programme: '#00707a',
  other: '#55606e',
};

/** The Welsh name worth showing beside the English one: none when it is missing or the same (Powys, Powys). */
export function welshName(entity) {
  return entity.nameCy && entity.nameCy !== entity.name ? entity.nameCy : null;
}
