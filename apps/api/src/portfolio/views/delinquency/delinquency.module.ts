import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { ArTableView } from './ar-table.view';
import { DelinquencyController } from './delinquency.controller';

@Module({ imports: [ViewSupportModule], controllers: [DelinquencyController], providers: [ArTableView] })
export class DelinquencyModule {}
