import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { ErasedMessages } from './privacy.events';

const ERASED_MESSAGES = ['keep', 'delete'] as const satisfies readonly ErasedMessages[];

export class EraseUserDto {
  @ApiProperty({
    enum: ERASED_MESSAGES,
    enumName: 'ErasedMessages',
    description: 'keep: the messages stay, shown from "Former user"; delete: they become deleted placeholders',
    example: 'keep',
  })
  @IsIn(ERASED_MESSAGES, { message: `messages must be one of ${ERASED_MESSAGES.join(', ')}` })
  messages!: ErasedMessages;
}

export class UserErasureDto {
  @ApiProperty({ format: 'uuid', example: '0b6f4c1e-2a51-4c43-9d1e-6f1b2f7d9a10' })
  id!: string;

  @ApiProperty({ description: 'What the account is called from now on', example: 'Former user' })
  displayName!: string;

  @ApiProperty({ enum: ERASED_MESSAGES, enumName: 'ErasedMessages', example: 'keep' })
  messages!: ErasedMessages;

  @ApiProperty({ description: 'Messages deleted by the erasure', example: 0 })
  messagesDeleted!: number;
}

export class EraseResidentDto {
  @ApiProperty({ format: 'uuid', example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f' })
  @IsUUID('all', { message: 'propertyId must be a UUID' })
  propertyId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The unit whose resident is erased',
    example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f',
  })
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;
}

export class ResidentErasureDto {
  @ApiProperty({ format: 'uuid', example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f' })
  propertyId!: string;

  @ApiProperty({ format: 'uuid', example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f' })
  unitId!: string;

  @ApiProperty({ description: 'Evictions of the unit that named the resident, their name erased', example: 1 })
  evictions!: number;

  @ApiProperty({ description: 'Former-resident records of the unit that named them, their name erased', example: 0 })
  formerResidents!: number;
}
