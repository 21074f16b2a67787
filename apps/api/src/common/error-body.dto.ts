import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, ErrorBody, ErrorCode, FieldProblem } from '@ownerdash/contracts';

export class FieldProblemDto implements FieldProblem {
  @ApiProperty({ example: 'email', description: 'Dotted path of the field in the request' })
  field!: string;

  @ApiProperty({ type: [String], example: ['email must be an email address'] })
  problems!: string[];
}

export class ErrorBodyDto implements ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request', description: 'The HTTP reason phrase' })
  error!: string;

  @ApiProperty({ example: 'email must be an email address', description: 'What went wrong, for people' })
  message!: string;

  @ApiPropertyOptional({
    enum: Object.values(ERROR_CODES),
    enumName: 'ErrorCode',
    description: 'Set where a client must react differently than to the status alone',
  })
  code?: ErrorCode;

  @ApiPropertyOptional({ type: [FieldProblemDto], description: 'One entry per invalid field' })
  details?: FieldProblemDto[];
}
