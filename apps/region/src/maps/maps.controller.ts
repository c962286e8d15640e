import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { errorResponseBody } from '@sanpuku/platform';
import { MapLevel, MapsService } from './maps.service';

const PREF_FILE = /^(\d{2})\.geojson$/;
export const MAP_CACHE_CONTROL = 'public, max-age=3600';

/** The ETag of the gzip-encoded representation (a strong ETag differs per content coding). */
const gzipEtag = (etag: string) => `${etag.slice(0, -1)}-gz"`;

/** If-None-Match names this document (either coding: both are made from the same data). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === etag || v === gzipEtag(etag);
  });
}

/** Accept-Encoding lists gzip (or *) with a weight above 0. */
function acceptsGzip(req: Request): boolean {
  const h = req.headers['accept-encoding'];
  if (typeof h !== 'string') return false;
  return h.split(',').some((part) => {
    const [name, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Boundaries for drawing maps offline (no tile server), over plain HTTP so browsers and proxies
 * cache them: `GET /maps/prefectures/:pp.geojson` and `GET /maps/japan.geojson`, optional
 * `?level=wards` to draw designated cities as their wards. Anyone may read them (public data).
 * `Cache-Control: public, max-age=3600`, a strong ETag from the boundary dataset versions and the
 * simplification (`…-gz"` for the gzip coding, sent when the client accepts it), `304` on a matching `If-None-Match`; an unknown prefecture is 404 NOT_FOUND,
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
    const gzip = acceptsGzip(req);
    res.setHeader('ETag', gzip ? gzipEtag(etag) : etag);
    res.setHeader('Cache-Control', MAP_CACHE_CONTROL);
    res.setHeader('Vary', 'Accept-Encoding');
    if (matches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    const doc = await this.maps.document(scope, level, etag);
    const body = gzip ? doc.gzip : doc.body;
    res.status(200).setHeader('Content-Type', 'application/geo+json');
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', String(body.length));
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
