// How the API's enums read in English on the page.

const RELATION_PHRASES = {
  ACCOUNTABLE_TO: 'accountable to',
  REPORTS_TO: 'reports to',
  PART_OF: 'part of',
  HOSTED_BY: 'hosted by',
  OPERATES_UNDER: 'operates under',
  MEMBER_OF: 'member of',
  CHAIRED_BY: 'chaired by',
  LEADS: 'leads',
  ADVISES: 'advises',
  INFORMS: 'informs',
  SCRUTINISES: 'scrutinises',
  REGULATES: 'regulates',
  FUNDS: 'funds',
  COMMISSIONS: 'commissions',
  PRODUCES: 'produces',
  GUIDES: 'guides',
  ESTABLISHED_UNDER: 'established under',
  IN_AREA_OF: 'in the area of',
  WORKS_WITH: 'works with',
  REPLACED_BY: 'replaced by',
};

/** "part of" for PART_OF; unknown types (a newer API) still read sensibly. */
export function relationPhrase(type) {
  return RELATION_PHRASES[type] ?? type.toLowerCase().replaceAll('_', ' ');
}

/** "Health board" for HEALTH_BOARD, "NHS trust" for NHS_TRUST. */
export function kindLabel(kind) {
  const words = kind.toLowerCase().replaceAll('_', ' ').replace('nhs', 'NHS');
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
