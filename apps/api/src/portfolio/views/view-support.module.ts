import { Module } from '@nestjs/common';
import { PermissionsModule } from '../../permissions/permissions.module';
import { ViewQueries } from './view-queries';
import { ViewScopeResolver } from './view-scope.resolver';

/** What every view needs: the caller's scope narrowed to the request, and a way to run scoped SQL. */
@Module({
  imports: [PermissionsModule],
  providers: [ViewScopeResolver, ViewQueries],
  exports: [ViewScopeResolver, ViewQueries],
})
export class ViewSupportModule {}
