package baoku.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Stands before every write endpoint ({@code /api/v1/admin/...}): closed when the operator set no
 * token, else open only to {@code Authorization: Bearer TOKEN}.
 */
final class AdminGuard implements Handler {
  static final String PATH = ApiRoutes.PREFIX + "/admin";

  private final byte[] token;

  AdminGuard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(Context ctx) {
    if (token == null) {
      throw new ForbiddenResponse("未设置管理令牌：写入接口关闭");
    }
    String header = ctx.header("Authorization");
    byte[] given =
        header != null && header.startsWith("Bearer ")
            ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    // A comparison in constant time does not tell how much of a guess was right.
    if (!MessageDigest.isEqual(token, given)) {
      throw new UnauthorizedResponse("需要有效的管理令牌（Authorization: Bearer …）");
    }
  }
}
