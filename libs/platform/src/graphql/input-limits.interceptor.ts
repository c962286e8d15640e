import { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Observable } from 'rxjs';
import { badUserInput } from '../errors/api-errors';
import { inputLimitProblems, type InputLimits } from './input-limits';

/**
 * Refuses a root Query/Mutation whose arguments exceed the service's declared limits with
 * BAD_USER_INPUT naming each field, before the resolver runs. A service binds its own table:
 * `class InputLimitsInterceptor extends InputLimitsGuard { constructor() { super(MY_LIMITS); } }`.
 */
export class InputLimitsGuard implements NestInterceptor {
  constructor(private readonly limits: InputLimits) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
      if (info && (info.parentType.name === 'Query' || info.parentType.name === 'Mutation')) {
        const problems = inputLimitProblems(this.limits, info.fieldName, gql.getArgs() ?? {});
        if (problems.length) throw badUserInput(problems);
      }
    }
    return next.handle();
  }
}
