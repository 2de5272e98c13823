import type { Metadata } from 'next';
import { connection } from 'next/server';
import { safeNextPath } from '@/lib/auth/http';
import { adminPassword } from '@/lib/auth/sessions';
import '../r/_components/share.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Redline 红线 · 登录 Log in', robots: { index: false, follow: false } };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; e?: string; s?: string }>;
}) {
  await connection();
  const { next, e, s } = await searchParams;
  const wait = Math.min(60, Math.max(1, Number.parseInt(s ?? '', 10) || 1));
  if (!adminPassword()) {
    return (
      <main className="share-gate" data-testid="login-not-needed">
        <h1>无需登录</h1>
        <p>未设置 REDLINE_ADMIN_PASSWORD：Redline 只在本机（127.0.0.1）监听，管理页面无需登录。</p>
        <p lang="en">
          No REDLINE_ADMIN_PASSWORD is set: Redline listens on this machine only and the admin side needs no login.
        </p>
        <p>
          <a href="/">返回店铺列表 Back to the shops</a>
        </p>
      </main>
    );
  }
  return (
    <main>
      <form className="share-gate" method="post" action="/api/auth/login" data-testid="login-form">
        <h1>登录 Redline</h1>
        <p lang="en">Log in to Redline</p>
        {e === 'wrong' ? (
          <p className="share-error" role="alert">
            密码不正确。<span lang="en">Wrong password.</span>
          </p>
        ) : e === 'wait' ? (
          <p className="share-error" role="alert" data-testid="login-wait">
            密码错误次数较多，请 {wait} 秒后再试。<span lang="en">Several wrong passwords: try again in {wait} s.</span>
          </p>
        ) : null}
        <input type="hidden" name="next" value={safeNextPath(next)} />
        <label htmlFor="admin-password">
          管理员密码 <span lang="en">Admin password</span>
        </label>
        <input id="admin-password" name="password" type="password" autoComplete="current-password" required autoFocus />
        <button type="submit">
          登录 <span lang="en">Log in</span>
        </button>
      </form>
    </main>
  );
}
