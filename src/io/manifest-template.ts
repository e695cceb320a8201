// The manifest template `cadcheck init` writes: SUBMISSION.md's cadcheck.json with the surveyor's facts left blank.

/** Names of the CRSs profiles measure in, as a surveyor writes them on the paper version (Art. 7(4)). */
const CRS_NAMES: Record<string, string> = {
  'EPSG:32638': 'WGS 84 / UTM zone 38N',
  'EPSG:32637': 'WGS 84 / UTM zone 37N',
};

/**
 * Facts only the surveyor knows are blank ("" or []), never guessed: a template checked before it is filled in
 * fails metadata/required by name instead of passing with a made-up date. What the profile fixes (profile, CRS)
 * and the common case (a registration at 1:500) are filled in.
 */
export function manifestTemplate(settings: { profileId: string; crs: string }): Record<string, unknown> {
  return {
    profile: settings.profileId,
    kind: 'registration',
    surveyDate: '',
    drawingDate: '',
    performer: { name: '', id: '', contact: '' },
    applicant: { name: '', id: '' },
    address: '',
    crsName: CRS_NAMES[settings.crs] ?? '',
    crs: settings.crs,
    scale: 500,
    method: [],
    sourceParcels: [],
    parcelBoundaryByMunicipality: false,
    // 0 and no buildings until the paper version is written: metadata/paper-matches-digital then names each difference.
    paper: { parcelArea: 0, buildings: [] },
    layers: {},
  };
}
