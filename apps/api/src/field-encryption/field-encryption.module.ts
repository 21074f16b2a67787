import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldCipher } from './field-cipher';
import { PersonalFields } from './personal-fields';

/** The key ring from the configuration, for every module that writes or reads personal data. */
@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new FieldCipher(config.fieldEncryptionKeys),
    },
    PersonalFields,
  ],
  exports: [FieldCipher, PersonalFields],
})
export class FieldEncryptionModule {}
