// How deep the queue is, and which jobs are dead and why. BullMQ's states map onto ours:
// a job that failed but has tries left waits in BullMQ's delayed set (we never enqueue with a
// delay), so 'failed' here is that set; 'dead' is BullMQ's failed set, kept until retried.
import type { Job, Queue } from 'bullmq';
import { labelOf, type JobPayload } from './job.js';

export interface QueueDepth {
  waiting: number;
  active: number;
  completed: number;
  /** Failed at least once, waiting for a retry. */
  failed: number;
  /** Out of tries (or stalled too often): left for a person to look at. */
  dead: number;
}

export async function queueDepth(q: Queue): Promise<QueueDepth> {
  const c = await q.getJobCounts('waiting', 'prioritized', 'active', 'completed', 'delayed', 'failed');
  return {
    waiting: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0),
    active: c['active'] ?? 0,
    completed: c['completed'] ?? 0,
    failed: c['delayed'] ?? 0,
    dead: c['failed'] ?? 0,
  };
}

export interface DeadJob {
  id: string;
  item: string;
  tries: number;
  reason: string;
  /** ISO time of the last failure. */
  at: string | null;
}

const itemOf = (job: Job): string => labelOf({ meta: (job.data as Partial<JobPayload> | undefined)?.meta ?? {} });

export async function deadJobs(q: Queue, limit = 50): Promise<DeadJob[]> {
  const jobs = await q.getFailed(0, Math.max(0, limit - 1));
  return jobs.filter(Boolean).map((j) => ({
    id: String(j.id),
    item: itemOf(j),
    tries: j.attemptsMade,
    reason: j.failedReason ?? '(no reason recorded)',
    at: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
  }));
}

/**
 * Puts every job dead at the time of the call back in the waiting list, tries reset. The ids are
 * taken first, so a job that dies again while this runs is not retried over and over.
 */
export async function retryDead(q: Queue): Promise<number> {
  const ids = await q.getRanges(['failed'], 0, -1, true);
  let n = 0;
  for (const id of ids) {
    const job = await q.getJob(id);
    if (!job || !(await job.isFailed())) continue;
    await job.retry('failed', { resetAttemptsMade: true });
    n++;
  }
  return n;
}
