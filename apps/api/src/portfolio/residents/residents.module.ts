import { Module } from '@nestjs/common';
import { ResidentErasure } from './resident-erasure';

/** Residents' personal data as a whole, across the portfolio tables that hold it: its erasure. */
@Module({
  providers: [ResidentErasure],
  exports: [ResidentErasure],
})
export class ResidentsModule {}
