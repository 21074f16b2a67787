import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { ApiException } from '../common/api-exception';

/** A refused new password, with the reason under the field it came in. */
export function weakPassword(problem: string, field = 'newPassword'): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, {
    message: problem,
    code: ERROR_CODES.weakPassword,
    details: [{ field, problems: [problem] }],
  });
}
