import 'reflect-metadata';

/**
 * The entry of `dist/apps/api/demo-data.js` (see webpack.config.js): what tools/demo-data
 * runs, and what other tools (the benchmark) can require to fill a database themselves, with
 * the key ring the residents' personal data is encrypted under.
 */
export { fieldKeyRingFromEnvironment } from '../../../config/field-keys-config';
export { FieldCipher } from '../../../field-encryption/field-cipher';
export { runDemoDataCommand } from './demo-data-command';
export { connectDatabase } from './demo-data-database';
export { seedScaleOrganization } from './scale-organization';
