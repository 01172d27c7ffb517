/**
 * Version of the analysis code: detectors, their parameters and the indicator shape. Bump it when
 * any detector changes what it returns for the same input; it is stored with every indicator row,
 * so a replay under a new version adds rows instead of overwriting history.
 */
export const ANALYSIS_VERSION = '1.7.30';
