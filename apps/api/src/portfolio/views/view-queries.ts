import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ViewScope } from './view-scope.resolver';

/**
 * Runs the SQL of a view. Queries are written with named parameters (`:name`, as TypeORM's
 * query builder uses them), so the scope predicate and its parameters drop in unchanged; the
 * driver turns them into positional ones. A parameter must not be named like a type that
 * follows `::` in the query (`date`, `int`, …): use `CAST(:x AS date)` instead of `:x::date`.
 */
@Injectable()
export class ViewQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** `sql` receives the scope predicate (on the `properties` alias `p`) to place in its WHERE clause. */
  rows<T>(
    scope: ViewScope,
    sql: (scopePredicate: string) => string,
    parameters: Record<string, unknown> = {},
  ): Promise<T[]> {
    const [query, positional] = this.dataSource.driver.escapeQueryWithParameters(sql(`(${scope.where})`), {
      ...parameters,
      ...scope.parameters,
    });
    return this.dataSource.query<T[]>(query, positional);
  }

  async row<T>(
    scope: ViewScope,
    sql: (scopePredicate: string) => string,
    parameters: Record<string, unknown> = {},
  ): Promise<T> {
    const [first] = await this.rows<T>(scope, sql, parameters);
    if (first === undefined) {
      throw new Error('An aggregate view query returned no row');
    }
    return first;
  }
}
