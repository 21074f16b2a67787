import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { Response } from 'express';
import { errorBody } from '../../common/error-body.filter';
import { ImportRejected } from './import-failures';

/** Renders a refused import as the API's error body with the report beside it. */
@Catch(ImportRejected)
export class ImportRejectedFilter implements ExceptionFilter {
  catch(exception: ImportRejected, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const status = exception.getStatus();
    response.status(status).json({
      ...errorBody(status, exception.message, ERROR_CODES.importRejected),
      report: exception.report,
    });
  }
}
