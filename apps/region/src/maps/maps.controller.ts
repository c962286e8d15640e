import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { errorResponseBody } from '@sanpuku/platform';
import { MapLevel, MapsService } from './maps.service';

const PREF_FILE = /^(\d{2})\.geojson$/;
export const MAP_CACHE_CONTROL = 'public, max-age=3600';

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v === etag || v === `W/${etag}`;
  });
}

/**
 * Boundaries for drawing maps offline (no tile server), over plain HTTP so browsers and proxies
 * cache them: `GET /maps/prefectures/:pp.geojson` and `GET /maps/japan.geojson`, optional
 * `?level=wards` to draw designated cities as their wards. Anyone may read them (public data).
 * `Cache-Control: public, max-age=3600`, a strong ETag from the boundary dataset versions and the
 * simplification, `304` on a matching `If-None-Match`; an unknown prefecture is 404 NOT_FOUND,
 * a bad level 400 BAD_USER_INPUT, in the platform's one error shape.
 */
@Controller('maps')
export class MapsController {
  constructor(private readonly maps: MapsService) {}

  @Get('japan.geojson')
  async japan(@Req() req: Request, @Res() res: Response, @Query('level') level?: string): Promise<void> {
    const l = this.level(res, level);
    if (!l) return;
    await this.answer(req, res, 'japan', l, () => res.status(404).json(errorResponseBody('NOT_FOUND', '境界データがまだ取り込まれていません', 'No municipal boundaries have been imported yet')));
  }

  @Get('prefectures/:file')
  async prefecture(@Param('file') file: string, @Req() req: Request, @Res() res: Response, @Query('level') level?: string): Promise<void> {
    const m = PREF_FILE.exec(file);
    const notFound = () =>
      res.status(404).json(errorResponseBody('NOT_FOUND', 'この都道府県の境界データはありません', 'No municipal boundaries for this prefecture (a 2-digit code, e.g. 37.geojson, of an imported prefecture)'));
    if (!m) return void notFound();
    const l = this.level(res, level);
    if (!l) return;
    await this.answer(req, res, { prefectureCode: m[1] }, l, notFound);
  }

  private level(res: Response, level: string | undefined): MapLevel | null {
    if (level === undefined || level === 'city' || level === 'wards') return level ?? 'city';
    res.status(400).json(
      errorResponseBody('BAD_USER_INPUT', '表示単位は city または wards です', 'level is city or wards', {
        field: '/level',
        problems: [{ path: '/level', code: 'invalid_value', messageJa: '表示単位は city または wards です', messageEn: 'level is city or wards' }],
      }),
    );
    return null;
  }

  private async answer(req: Request, res: Response, scope: { prefectureCode: string } | 'japan', level: MapLevel, notFound: () => void): Promise<void> {
    const etag = await this.maps.etag(scope, level);
    if (!etag) return notFound();
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', MAP_CACHE_CONTROL);
    res.setHeader('Vary', 'Accept-Encoding');
    if (matches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    const doc = await this.maps.document(scope, level, etag);
    res.status(200).setHeader('Content-Type', 'application/geo+json');
    res.setHeader('Content-Length', String(doc.body.length));
    res.end(doc.body);
  }
}
