interface Props {
  token: string;
  error: 'wrong' | null;
  /** Seconds before the next try is looked at (after wrong passwords), or null. */
  waitSeconds: number | null;
}

/**
 * The password form a protected link shows first. A plain form post: it works without JavaScript.
 * Wrong passwords slow the next try down (never more than a minute), they never lock the link.
 */
export function PasswordGate({ token, error, waitSeconds }: Props) {
  return (
    <form className="share-gate" method="post" action={`/r/${token}/unlock`} data-testid="share-password-form">
      <h1>此报告需要密码</h1>
      <p lang="en">This report needs a password.</p>
      {waitSeconds !== null ? (
        <p className="share-error" role="alert" data-testid="share-wait">
          密码错误次数较多，请 {waitSeconds} 秒后再试。
          <span lang="en"> Several wrong passwords: try again in {waitSeconds} s.</span>
        </p>
      ) : error === 'wrong' ? (
        <p className="share-error" role="alert" data-testid="share-wrong">
          密码不正确。
          <span lang="en"> Wrong password.</span>
        </p>
      ) : null}
      <label htmlFor="share-password">
        密码 <span lang="en">Password</span>
      </label>
      <input
        id="share-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={256}
        autoFocus
      />
      <button type="submit">
        查看报告 <span lang="en">View report</span>
      </button>
      <p className="share-note">
        每次输错后，下一次尝试需要稍等片刻（最多 1 分钟）。
        <span lang="en"> After wrong passwords the next try waits a little (at most a minute).</span>
      </p>
    </form>
  );
}
