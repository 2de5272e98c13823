/**
 * POST /api/import?name=…&shop=ID|newShop=NAME&platform=…&mapping=JSON&job=…  with the file's bytes as the request body
 * (an export, or a zip archive of them: answered with one summary per file inside, `summaries`).
 * The body goes chunk by chunk to the import's own threads (parse, stage, merge), which write
 * through their own database connection: the file is never held in memory, this thread stays free
 * for other requests, and nothing another request writes meanwhile joins the import's transaction.
 */
import { apiError, RouteError, route } from '@/app/_lib/route';
import { JobProgressWriter, MAX_UPLOAD_BYTES, UPLOAD_IDLE_MS } from '@/app/_lib/upload';
import { alertAfterImport } from '@/lib/alerts/afterImport';
import { getConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { FileRejected } from '@/lib/import/errors';
import { recordImportCoverage } from '@/lib/import/history';
import { combinedSummary, importFiles } from '@/lib/import/importFiles';
import { fileMessages } from '@/lib/import/messages';
import { importQuery } from '@/lib/input/routes';
import { shopById, shopByName } from '@/lib/shops/shops';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The request body as the pipeline reads it, counted against the limit as it arrives. */
function bodyReader(body: ReadableStream<Uint8Array>, file: string, expected: number | null) {
  const reader = body.getReader();
  let total = 0;
  let giveUp = false;
  /** The next chunk, or a refusal when the client sends nothing for a while: it would hold the import, and those queued behind it, forever. */
  async function next() {
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        giveUp = true;
        reject(new FileRejected(fileMessages.uploadStalled(file, total, UPLOAD_IDLE_MS / 1000)));
      }, UPLOAD_IDLE_MS);
    });
    try {
      return await Promise.race([reader.read(), stalled]);
    } finally {
      clearTimeout(timer);
    }
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const { done, value } = await next();
      if (done) {
        // Fewer bytes than the browser said it would send: the body was cut on the way (a proxy's
        // body limit, a dropped connection). Importing the part would store a wrong shop.
        if (expected !== null && total !== expected)
          throw new FileRejected(fileMessages.uploadTruncated(file, total, expected));
        return;
      }
      total += value.byteLength;
      if (total > MAX_UPLOAD_BYTES) {
        giveUp = true;
        throw new FileRejected(fileMessages.tooLarge(file, total, MAX_UPLOAD_BYTES));
      }
      yield value;
    }
  }
  /**
   * A rejected file is not read to its end by the pipeline; the browser is still sending it.
   * Reading the rest before answering lets the upload finish cleanly instead of being cut off,
   * unless it is too large or has stalled.
   */
  async function drain() {
    try {
      while (!giveUp) if ((await next()).done) return;
    } catch {
      // stalled: given up below
    }
    // Not awaited: with a read still pending on a silent client, cancelling waits for it.
    reader.cancel().catch(() => undefined);
  }
  return { chunks: chunks(), drain };
}

// Host, same-origin and session are checked by the wrapper: this route is outside proxy.ts's
// matcher, because a request the proxy sees has its body copied (and cut at proxyClientMaxBodySize).
export const POST = route({ access: 'admin', query: importQuery }, async (request, { query: q, lang }) => {
  const declared = Number(request.headers.get('content-length') ?? q.size ?? 0);
  if (declared > MAX_UPLOAD_BYTES) {
    const m = fileMessages.tooLarge(q.name, declared, MAX_UPLOAD_BYTES);
    return apiError(413, m.code, renderMessage(m, lang));
  }
  if (!request.body) throw new RouteError(400, 'request.no_body', 'errors.noBody');
  // A stored shop by its id; a new one by the name the merchant typed, which no shop may have yet
  // (its files would silently join that shop's figures).
  let shopName = q.newShop;
  if (q.shop !== undefined) {
    const { db } = await getConnection();
    const shop = await shopById(db, q.shop);
    if (!shop) throw new RouteError(404, 'shop.missing', 'errors.noShop', { id: q.shop });
    shopName = shop.name;
  } else if (q.newShop !== undefined) {
    const taken = await shopByName((await getConnection()).db, q.newShop);
    if (taken) throw new RouteError(409, 'shop.exists', 'errors.shopExists', { name: taken.name });
  }

  const total = q.size ?? (declared || null);
  const conn = await getConnection();
  // Written where every instance can answer the page's poll; this one keeps it in memory as well.
  const progress = q.job
    ? new JobProgressWriter(conn.db, q.job, { phase: 'waiting', bytesRead: 0, totalBytes: total, rowsRead: 0 })
    : null;
  const body = bodyReader(request.body, q.name, q.size ?? null);
  let finished = false;
  try {
    // The import thread reads the body as it arrives; this thread only hands the chunks over. A zip
    // archive of exports is spooled to the scratch folder first, then each file inside is imported.
    const result = await importFiles(
      conn,
      { name: q.name, bytes: body.chunks, size: total ?? undefined },
      {
        shop: shopName,
        // Checked again where the shop is made, under the write lock: two uploads at once make one.
        newShop: q.shop === undefined && q.newShop !== undefined,
        platform: q.platform,
        mapping: q.mapping,
        onProgress: progress
          ? (p) =>
              progress.update({
                phase: p.phase,
                bytesRead: p.bytesRead,
                totalBytes: p.totalBytes,
                rowsRead: p.rowsRead,
              })
          : undefined,
      },
    );
    const summary = combinedSummary(result);
    // The page records the coverage of the one import it is told of; an archive's files get theirs
    // here, widened to the export time in their names.
    if (result.archive) {
      for (const s of result.summaries)
        if (s.outcome === 'imported' && s.importId !== null) await recordImportCoverage(conn.db, s.importId, null);
      // A single file's alerts wait for the coverage the page records next (setImportCoverageAction).
      void alertAfterImport(
        conn.db,
        result.summaries.filter((s) => s.outcome === 'imported').map((s) => s.shopId),
      );
    }
    finished = true;
    await progress?.finish('done');
    await body.drain();
    // `summary` as before (an archive's files added up, each in `summary.parts`), and one per file.
    return Response.json({ summary, summaries: result.summaries });
  } finally {
    // A refused file: its last figures stand, for a poll that comes before the answer.
    if (!finished) await progress?.finish();
  }
});
