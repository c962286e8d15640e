import { Injectable } from '@nestjs/common';
import { InputLimitsGuard } from '@sanpuku/platform';
import { CATALOGUE_INPUT_LIMITS } from './input-limits';

/** The platform's input-limits guard with the catalogue's table (input-limits.ts). */
@Injectable()
export class InputLimitsInterceptor extends InputLimitsGuard {
  constructor() {
    super(CATALOGUE_INPUT_LIMITS);
  }
}
