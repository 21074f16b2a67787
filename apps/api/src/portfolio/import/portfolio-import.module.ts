import { Module } from '@nestjs/common';
import { ImportJobs } from './import-jobs.store';
import { ImportLimits } from './import-limits';
import { ImportRunner } from './import-runner';
import { ImportWriter } from './import-writer';
import { PersonalDataSealing } from './personal-data-sealing';
import { PortfolioImportController } from './portfolio-import.controller';

/** Data import for integrators: portfolio datasets from CSV or JSON, upserted all or nothing. */
@Module({
  controllers: [PortfolioImportController],
  providers: [ImportRunner, ImportJobs, ImportWriter, PersonalDataSealing, ImportLimits],
})
export class PortfolioImportModule {}
