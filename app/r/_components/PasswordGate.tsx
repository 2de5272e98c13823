import { chinaWallClock } from '@/lib/time/china';

interface Props {
  token: string;
  error: 'wrong' | 'locked' | null;
  remaining: number;
  max: number;
  windowMinutes: number;
  retryAt: Date | null;
}

/** The password form a protected link shows first. A plain form post: it works without JavaScript. */
export function PasswordGate({ token, error, remaining, max, windowMinutes, retryAt }: Props) {
  const locked = retryAt !== null;
  const retry = retryAt ? chinaWallClock(retryAt).slice(11, 16) : '';
  return (
    <form className="share-gate" method="post" action={`/r/${token}/unlock`} data-testid="share-password-form">
      <h1>此报告需要密码</h1>
      <p lang="en">This report needs a password.</p>
      {locked ? (
        <p className="share-error" role="alert" data-testid="share-locked">
          密码错误次数过多，请于北京时间 {retry} 后再试。
          <span lang="en"> Too many wrong passwords: try again after {retry} (China time).</span>
        </p>
      ) : error === 'wrong' ? (
        <p className="share-error" role="alert" data-testid="share-wrong">
          密码不正确，还可以再试 {remaining} 次。
          <span lang="en"> Wrong password; {remaining} {remaining === 1 ? 'try' : 'tries'} left.</span>
        </p>
      ) : null}
      <label htmlFor="share-password">
        密码 <span lang="en">Password</span>
      </label>
      <input id="share-password" name="password" type="password" autoComplete="current-password" required maxLength={256} disabled={locked} autoFocus />
      <button type="submit" disabled={locked}>
        查看报告 <span lang="en">View report</span>
      </button>
      <p className="share-note">
        每个链接 {windowMinutes} 分钟内最多可输错 {max} 次。
        <span lang="en">
          {' '}
          Each link allows {max} wrong passwords per {windowMinutes} minutes.
        </span>
      </p>
    </form>
  );
}
