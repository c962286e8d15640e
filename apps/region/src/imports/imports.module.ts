import { Module } from '@nestjs/common';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

/** Dataset imports (municipalities, town blocks, resources, boundaries), from GraphQL and from the CLI. */
@Module({ providers: [ImportService, ImportResolver] })
export class ImportsModule {}
