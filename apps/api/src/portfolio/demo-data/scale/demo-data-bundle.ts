import 'reflect-metadata';

/**
 * The entry of `dist/apps/api/demo-data.js` (see webpack.config.js): what tools/demo-data
 * runs, and what other tools (the benchmark) can require to fill a database themselves and to
 * measure a view's code on it (the AR table with and without decrypting its personal fields).
 */
export { fieldKeyRingFromEnvironment } from '../../../config/field-keys-config';
export { FieldCipher } from '../../../field-encryption/field-cipher';
export { PersonalFields } from '../../../field-encryption/personal-fields';
export { ArTableView } from '../../views/delinquency/ar-table.view';
export { ViewQueries } from '../../views/view-queries';
export { runDemoDataCommand } from './demo-data-command';
export { connectDatabase } from './demo-data-database';
export { seedScaleOrganization } from './scale-organization';
