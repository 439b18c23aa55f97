// At most QUESTIONS_PER_HOUR questions an hour from one address group (an IPv4 address, or an IPv6 /64, as the
// sign-in brake counts), so one machine cannot flood the moderation queue. Kept in the server's memory: a
// restart forgets it and each server keeps its own, as with the sign-in brake.
import { addressGroup } from '@/server/clientAddress'
import { singleton } from '@/server/state'

export const QUESTIONS_PER_HOUR = 5
const WINDOW_MS = 60 * 60 * 1000
/** Address groups remembered at once; the oldest go first, so a flood of addresses cannot exhaust memory. */
const MAX_TRACKED = 50_000

export class QuestionLimiter {
  private sent = new Map<string, number[]>()

  constructor(private now: () => number = Date.now) {}

  /** Minutes until this address may ask again; 0 when it may ask now. */
  waitMinutes(address: string): number {
    const times = this.recent(addressGroup(address))
    if (times.length < QUESTIONS_PER_HOUR) return 0
    return Math.max(1, Math.ceil((times[0] + WINDOW_MS - this.now()) / 60_000))
  }

  /** Counts one question from this address. */
  count(address: string): void {
    const key = addressGroup(address)
    const times = [...this.recent(key), this.now()]
    this.sent.delete(key)
    this.sent.set(key, times)
    if (this.sent.size > MAX_TRACKED) this.sent.delete(this.sent.keys().next().value as string)
  }

  private recent(key: string): number[] {
    const since = this.now() - WINDOW_MS
    return (this.sent.get(key) ?? []).filter((time) => time > since)
  }
}

export const getQuestionLimiter = (): QuestionLimiter => singleton('QuestionLimiter', () => new QuestionLimiter())

export const limitMessage = (minutes: number) =>
  `Địa chỉ mạng của bạn đã gửi ${QUESTIONS_PER_HOUR} câu hỏi trong một giờ qua, mức tối đa cho phép. Vui lòng gửi lại sau khoảng ${minutes} phút.`
