// The analysts' dashboard. The reader token lives in sessionStorage (gone when the tab closes) and
// goes out as a Bearer header on every read-API call; the page itself holds no data. Every value
// from the API is written with textContent, never as HTML.
(function () {
  'use strict';

  const TOKEN_KEY = 'inbox.readerToken';
  const $ = (id) => document.getElementById(id);
  const charts = {};
  let pages = [];          // cursors of the pages visited: pages[i] is the cursor that opened page i
  let nextCursor = null;

  class Unauthorized extends Error {}

  async function api(path) {
    const response = await fetch(path, {
      headers: { Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY), Accept: 'application/json' },
    });
    const body = await response.json().catch(() => ({}));
    if (response.status === 401 || response.status === 403) {
      throw new Unauthorized(body.message || 'The token was refused');
    }
    if (!response.ok) {
      const error = new Error(body.message || ('HTTP ' + response.status));
      error.parameter = body.parameter;
      throw error;
    }
    return body;
  }

  // --- sign in -------------------------------------------------------------------------------

  async function signIn(event) {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    $('token').value = '';
    $('sign-in-error').textContent = '';
    await showDashboard();
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    $('dashboard').hidden = true;
    $('session').hidden = true;
    $('sign-in-panel').hidden = false;
    $('sign-in-error').textContent = message || '';
  }

  async function showDashboard() {
    $('sign-in-panel').hidden = true;
    $('session').hidden = false;
    $('dashboard').hidden = false;
    $('load-error').textContent = '';
    await Promise.all([loadStats(), loadFailures(), search()]).catch(handle);
  }

  function handle(e) {
    if (e instanceof Unauthorized) {
      signOut('The reader token was refused.');
    } else {
      $('load-error').textContent = e.message;
    }
  }

  // --- statistics ----------------------------------------------------------------------------

  async function loadStats() {
    const days = Number($('period').value);
    const to = new Date();
    const from = new Date(to.getTime() - days * 24 * 3600 * 1000);
    const stats = await api('/api/v1/stats?' + new URLSearchParams({ from: from.toISOString(), to: to.toISOString() }));
    const count = (status) => (stats.byStatus.find((s) => s.status === status) || { count: 0 }).count;
    $('total').textContent = stats.total;
    $('total-delivered').textContent = count('DELIVERED');
    $('total-failed').textContent = count('FAILED');
    volumeChart(everyDay(stats.from, stats.to, stats.byDay));
    barChart('template-chart', stats.byTemplate.map((t) => t.templateCode), [
      { name: 'delivered', data: stats.byTemplate.map((t) => t.delivered) },
      { name: 'failed', data: stats.byTemplate.map((t) => t.failed) },
    ]);
    barChart('language-chart', stats.byLanguage.map((l) => l.language), [
      { name: 'messages', data: stats.byLanguage.map((l) => l.count) },
    ]);
    pieChart('status-chart', stats.byStatus.map((s) => ({ name: s.status, value: s.count })));
    fill('by-template', stats.byTemplate, (t) => [t.templateCode, t.delivered, t.failed]);
    fill('by-language', stats.byLanguage, (l) => [l.language, l.count]);
    fill('by-status', stats.byStatus, (s) => [s.status, s.count]);
  }

  // The API lists only days with messages; the chart shows every UTC day of the period, empty ones as 0.
  function everyDay(from, to, byDay) {
    const known = new Map(byDay.map((d) => [d.day, d]));
    const days = [];
    for (let t = Date.parse(from.slice(0, 10)); t < Date.parse(to); t += 24 * 3600 * 1000) {
      const day = new Date(t).toISOString().slice(0, 10);
      days.push(known.get(day) || { day: day, delivered: 0, failed: 0 });
    }
    return days;
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id));
    }
    return charts[id];
  }

  function volumeChart(byDay) {
    const days = byDay.map((d) => d.day);
    chart('volume-chart').setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['delivered', 'failed'] },
      grid: { left: 20, right: 20, top: 40, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'delivered', type: 'bar', stack: 'all', data: byDay.map((d) => d.delivered), color: '#3b7dd8' },
        { name: 'failed', type: 'bar', stack: 'all', data: byDay.map((d) => d.failed), color: '#d9534f' },
      ],
    }, true);
    $('volume-chart').dataset.days = String(days.length);
    $('volume-chart').dataset.total = String(byDay.reduce((n, d) => n + d.delivered + d.failed, 0));
  }

  function barChart(id, categories, series) {
    chart(id).setOption({
      animation: false,
      color: ['#3b7dd8', '#d9534f'],
      tooltip: { trigger: 'axis' },
      grid: { left: 10, right: 20, top: 10, bottom: 10, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: categories, inverse: true },
      series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'all', data: s.data })),
    }, true);
  }

  function pieChart(id, data) {
    chart(id).setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      color: ['#3b7dd8', '#d9534f'],
      series: [{ type: 'pie', radius: ['40%', '70%'], data: data, label: { formatter: '{b}: {c}' } }],
    }, true);
  }

  // --- tables --------------------------------------------------------------------------------

  function fill(tableId, rows, cells) {
    const body = $(tableId).tBodies[0];
    body.replaceChildren(...rows.map((row) => {
      const tr = document.createElement('tr');
      cells(row).forEach((value) => {
        const td = document.createElement('td');
        td.textContent = value === undefined || value === null ? '' : String(value);
        tr.appendChild(td);
      });
      return tr;
    }));
  }

  async function loadFailures() {
    const page = await api('/api/v1/messages?status=FAILED&limit=10');
    fill('failures', page.items, (m) => [m.failedAt, m.messageId, m.authClientId, m.templateCode, m.failureCode, m.failureMessage]);
  }

  function filterParams() {
    const params = new URLSearchParams();
    new FormData($('filters')).forEach((value, key) => {
      if (String(value).trim() !== '') {
        params.set(key, String(value).trim());
      }
    });
    return params;
  }

  async function loadPage(index) {
    const params = filterParams();
    if (pages[index]) {
      params.set('cursor', pages[index]);
    }
    let page;
    try {
      page = await api('/api/v1/messages?' + params);
    } catch (e) {
      if (e instanceof Unauthorized) {
        throw e;
      }
      $('filter-error').textContent = e.message;
      return;
    }
    $('filter-error').textContent = '';
    fill('messages', page.items, (m) => [
      m.deliveredAt || m.failedAt,
      m.messageId,
      m.userId,
      m.authClientId,
      m.templateCode,
      (m.contents || []).map((c) => c.language).join(', '),
      m.contents && m.contents.length ? m.contents[0].title : (m.failureCode || ''),
      m.status,
      m.readAt ? 'yes' : 'no',
    ]);
    nextCursor = page.nextCursor;
    pages = pages.slice(0, index + 1);
    $('next-page').disabled = !nextCursor;
    $('page-info').textContent = 'Page ' + (index + 1) + ' · ' + page.items.length + ' messages';
    $('page-info').dataset.page = String(index + 1);
  }

  function search(event) {
    if (event) {
      event.preventDefault();
    }
    pages = [null];
    return loadPage(0);
  }

  async function nextPage() {
    if (nextCursor) {
      pages.push(nextCursor);
      await loadPage(pages.length - 1);
    }
  }

  // --- wiring --------------------------------------------------------------------------------

  $('sign-in').addEventListener('submit', (e) => signIn(e).catch(handle));
  $('sign-out').addEventListener('click', () => signOut(''));
  $('refresh').addEventListener('click', () => showDashboard().catch(handle));
  $('period').addEventListener('change', () => loadStats().catch(handle));
  $('filters').addEventListener('submit', (e) => search(e).catch(handle));
  $('first-page').addEventListener('click', () => search().catch(handle));
  $('next-page').addEventListener('click', () => nextPage().catch(handle));
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

  if (sessionStorage.getItem(TOKEN_KEY)) {
    showDashboard().catch(handle);
  }
})();
