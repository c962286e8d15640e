import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Observable } from 'rxjs';
import { fieldErrorsToGraphQL } from './catalogue.errors';
import { inputLimitProblems } from './input-limits';

/**
 * Refuses a root Query/Mutation whose string arguments exceed the documented maximum lengths
 * (input-limits.ts) with BAD_USER_INPUT naming each field, before the resolver runs.
 */
@Injectable()
export class InputLimitsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
      if (info && (info.parentType.name === 'Query' || info.parentType.name === 'Mutation')) {
        const problems = inputLimitProblems(info.fieldName, gql.getArgs() ?? {});
        if (problems.length) throw fieldErrorsToGraphQL(problems, '');
      }
    }
    return next.handle();
  }
}
