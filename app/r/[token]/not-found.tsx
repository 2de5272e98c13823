/**
 * The one answer for a token that is unknown, one character off, revoked or expired: nothing here
 * says which, so a guesser learns nothing from it.
 */
export default function ShareNotFound() {
  return (
    <div className="share-gate" data-testid="share-not-found">
      <h1>链接无效或已失效</h1>
      <p>这个分享链接不存在、已被撤销或已过期。请向发给你链接的人索取新的链接。</p>
      <p lang="en">This link does not exist, was revoked or has expired. Ask whoever sent it for a new one.</p>
    </div>
  );
}
