import { PasswordReset } from '../auth/password-reset.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Session } from '../auth/session.entity';
import { Organization } from '../organizations/organization.entity';
import { Property } from '../organizations/property.entity';
import { PermissionPreset } from '../permissions/permission-preset.entity';
import { UserPropertyAccess } from '../permissions/user-property-access.entity';
import { UserTabAccess } from '../permissions/user-tab-access.entity';
import { UserViewAccess } from '../permissions/user-view-access.entity';
import { Eviction } from '../portfolio/data/eviction.entity';
import { FinancialLine } from '../portfolio/data/financial-line.entity';
import { FormerResident } from '../portfolio/data/former-resident.entity';
import { MarketComp } from '../portfolio/data/market-comp.entity';
import { PropertyDailyMetric } from '../portfolio/data/property-daily-metric.entity';
import { PropertyMonthlyCount } from '../portfolio/data/property-monthly-count.entity';
import { Review } from '../portfolio/data/review.entity';
import { Unit } from '../portfolio/data/unit.entity';
import { WorkOrder } from '../portfolio/data/work-order.entity';
import { ImportJob } from '../portfolio/import/import-job.entity';
import { PropertyLatestMetrics } from '../portfolio/summaries/property-latest-metrics.entity';
import { PropertyReceivables } from '../portfolio/summaries/property-receivables.entity';
import { User } from '../users/user.entity';

/** Every entity, listed explicitly for the same reason as the migrations. */
export const ENTITIES = [
  Organization,
  Property,
  User,
  Session,
  RefreshToken,
  PasswordReset,
  UserPropertyAccess,
  UserTabAccess,
  UserViewAccess,
  PermissionPreset,
  Unit,
  PropertyDailyMetric,
  PropertyMonthlyCount,
  FinancialLine,
  Review,
  WorkOrder,
  Eviction,
  FormerResident,
  MarketComp,
  PropertyReceivables,
  PropertyLatestMetrics,
  ImportJob,
];
