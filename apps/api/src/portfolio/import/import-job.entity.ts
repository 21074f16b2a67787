import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organization } from '../../organizations/organization.entity';
import { User } from '../../users/user.entity';
import { ImportJobReport } from './import-report';
import { ImportDatasetName, ImportJobPhase, ImportJobStatus } from './import-values';

/** One import request, recorded as it runs so that a client can follow a long upload. */
@Entity({ name: 'import_jobs' })
@Index('import_jobs_organization_id_idx', ['organizationId'])
@Check(
  'import_jobs_dataset_ck',
  `"dataset" IN ('properties', 'units', 'metrics', 'financials', 'reviews', 'work-orders')`,
)
@Check('import_jobs_status_ck', `"status" IN ('running', 'succeeded', 'failed')`)
@Check('import_jobs_phase_ck', `"phase" IN ('reading', 'validating', 'writing', 'done')`)
@Check('import_jobs_rows_ck', `"rows_read" >= 0 AND "rows_written" >= 0`)
export class ImportJob {
  /** Chosen by the client (to poll while it uploads) or by the server. */
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'import_jobs_pkey' })
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'import_jobs_organization_fk' })
  organization?: Organization;

  /** Who imported; null once that account is gone, the record of the import stays. */
  @Column('uuid', { nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'import_jobs_user_fk' })
  user?: User;

  @Column('text')
  dataset!: ImportDatasetName;

  @Column('text')
  status!: ImportJobStatus;

  @Column('text')
  phase!: ImportJobPhase;

  @Column('integer', { default: 0 })
  rowsRead!: number;

  @Column('integer', { default: 0 })
  rowsWritten!: number;

  /** Set when the job ends: the counts of a success or the problems of a failure. */
  @Column('jsonb', { nullable: true })
  report!: ImportJobReport | null;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt!: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;

  /** Moves with every progress update, so a job that stopped moving can be told from a slow one. */
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
