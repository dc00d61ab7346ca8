import PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { decideReminders, deliverNotification, markFailed, orphanedNotifications } from "./service";
import { defaultTransport, type Transport } from "./transport";

export const DECIDE_QUEUE = "reminders-decide";
export const SEND_QUEUE = "reminders-send";

export type WorkerOptions = {
  transport?: Transport;
  /** The reminder clock (tests move it). */
  now?: () => Date;
  /** Cron of the decision pass; every 15 minutes catches the Monday 07:00 digest in time. */
  cron?: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
};

/**
 * pg-boss speaks to Postgres through this adapter, over the app's own connection: a node-postgres
 * pool, or the embedded PGlite (one session; a statement without parameters may be several, as
 * pg-boss's schema scripts are). So the queue is the same on both databases, with no second pool.
 */
function bossDb(db: Db): PgBoss.Db {
  const client = (db as unknown as { $client: { query: (t: string, v?: unknown[]) => Promise<{ rows: unknown[] }>; exec?: (t: string) => Promise<{ rows: unknown[] }[]> } }).$client;
  return {
    async executeSql(text, values) {
      if (client.exec && (!values || values.length === 0)) {
        try {
          const results = await client.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        } catch (e) {
          // A script that failed inside its own BEGIN leaves PGlite's one session in an aborted
          // transaction, which would refuse every later statement of the app; end it.
          await client.exec("ROLLBACK").catch(() => {});
          throw e;
        }
      }
      return { rows: (await client.query(text, values)).rows };
    },
  };
}

/**
 * Instances started together race to create the same queue: Postgres aborts one of them (as a
 * deadlock, or a duplicate), and the queue the other made is there to use.
 */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(queue.name, queue);
      // An existing queue keeps the options it was created with; these are the ones in force now.
      return await boss.updateQueue(queue.name, queue);
    } catch (e) {
      if (attempt >= 5) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/**
 * The reminder worker: a pg-boss queue in Postgres. A cron job decides what is due (any number of
 * instances may run it: the notifications' unique key lets one decision win); each notification is
 * then a job of its own, retried with exponential back-off and marked failed after the last try.
 */
export async function startReminderWorker(db: Db, options: WorkerOptions = {}): Promise<{ stop: () => Promise<void>; decideNow: () => Promise<void> }> {
  const transport = options.transport ?? defaultTransport();
  const now = options.now ?? (() => new Date());
  const retryLimit = options.retryLimit ?? 4;
  const boss = new PgBoss({ db: bossDb(db), schema: "pgboss", supervise: true, schedule: true });
  boss.on("error", (e) => console.error("[reminders] queue error:", e instanceof Error ? e.message : e));
  await boss.start();
  await ensureQueue(boss, { name: DECIDE_QUEUE, policy: "singleton", retryLimit: 2 });
  await ensureQueue(boss, { name: SEND_QUEUE, retryLimit, retryDelay: options.retryDelaySeconds ?? 60, retryBackoff: true });

  const decideNow = async () => {
    const created = await decideReminders(db, now());
    const orphans = await orphanedNotifications(db);
    for (const id of new Set([...created, ...orphans])) await boss.send(SEND_QUEUE, { id });
  };

  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 };
  await boss.work(DECIDE_QUEUE, polling, decideNow);
  await boss.work<{ id: string }>(SEND_QUEUE, { ...polling, includeMetadata: true }, async ([job]) => {
    if (!job) return;
    try {
      await deliverNotification(db, job.data.id, transport, now());
    } catch (e) {
      if (job.retryCount >= job.retryLimit) await markFailed(db, job.data.id);
      throw e;
    }
  });
  await boss.schedule(DECIDE_QUEUE, options.cron ?? "*/15 * * * *", {}, { tz: "Europe/Prague" });
  // At start too: a digest or alert that fell due while no worker ran goes out now.
  await boss.send(DECIDE_QUEUE, {});

  return {
    decideNow,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
