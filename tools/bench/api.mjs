// The few API calls the benchmark needs to set up its users, over plain fetch.
export class BenchApi {
  constructor(base) {
    this.base = base;
  }

  async call(method, path, { token, cookie, body } = {}) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(cookie ? { cookie } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    }
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('od_refresh='));
    const text = await response.text();
    return { body: text ? JSON.parse(text) : undefined, cookie: setCookie?.split(';')[0] };
  }

  /** Signs in; returns the access token and the refresh cookie. */
  async signIn(email, password) {
    const { body, cookie } = await this.call('POST', '/api/auth/login', { body: { email, password } });
    return { token: body.accessToken, cookie };
  }

  async refresh(session) {
    const { body, cookie } = await this.call('POST', '/api/auth/refresh', { cookie: session.cookie });
    return { token: body.accessToken, cookie };
  }

  /**
   * A Kairoi user limited to three properties with two tabs and some views hidden, signed
   * in with a password of their own.
   */
  async restrictedUser(admin) {
    const properties = (await this.call('GET', '/api/properties', { token: admin.token })).body.items;
    const invited = await this.call('POST', '/api/admin/users', {
      token: admin.token,
      body: {
        email: 'bench.user@kairoi.example',
        displayName: 'Bench User',
        role: 'user',
        delivery: 'temporary-password',
        propertyIds: properties.slice(0, 3).map((property) => property.id),
        tabs: { financials: false, risk: false },
        views: { 'overview.unit_mix': false, 'delinquency.ar_table': false },
      },
    });
    const temporary = invited.body.credentials.temporaryPassword;
    const first = await this.signIn('bench.user@kairoi.example', temporary);
    const password = 'bench user password 1';
    await this.call('POST', '/api/auth/change-password', {
      token: first.token,
      body: { currentPassword: temporary, newPassword: password },
    });
    return { id: invited.body.user.id, ...(await this.signIn('bench.user@kairoi.example', password)) };
  }
}
