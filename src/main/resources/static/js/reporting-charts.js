// Tsunagu 統計・報告: draws each chart from the data table beside it (<table data-chart="bar">).
// The table stays the accessible source of the figures; the canvas is hidden from assistive technology.
(function () {
  'use strict';
  // Okabe–Ito palette: distinguishable for the common colour-vision types.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

  function read(table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    var labels = [];
    var series = headers.slice(1).map(function () { return []; });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var label = row.querySelector('th');
      if (!label) {
        return;
      }
      labels.push(label.textContent.trim());
      row.querySelectorAll('td').forEach(function (cell, i) {
        series[i].push(Number(cell.textContent.replace(/[^0-9-]/g, '')) || 0);
      });
    });
    return { labels: labels, names: headers.slice(1), series: series };
  }

  function draw(holder, table) {
    var kind = table.getAttribute('data-chart');
    var data = read(table);
    if (kind === 'horizontal' && data.labels.length > 10) {
      // One bar per row needs room: about 22px a row, so long lists (市町村) stay readable.
      holder.style.height = (data.labels.length * 22 + 40) + 'px';
    }
    var canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    holder.appendChild(canvas);
    var doughnut = kind === 'doughnut';
    var datasets = data.series.map(function (values, i) {
      return {
        label: data.names[i],
        data: values,
        backgroundColor: doughnut ? PALETTE.slice(0, values.length) : PALETTE[i % PALETTE.length],
        borderColor: doughnut ? '#ffffff' : PALETTE[i % PALETTE.length],
        fill: false
      };
    });
    // eslint-disable-next-line no-undef
    new Chart(canvas, {
      type: doughnut ? 'doughnut' : (kind === 'line' ? 'line' : 'bar'),
      data: { labels: data.labels, datasets: datasets },
      options: {
        indexAxis: kind === 'horizontal' ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: doughnut || datasets.length > 1 } },
        scales: doughnut ? {} : { x: { ticks: { precision: 0 } }, y: { ticks: { precision: 0 } } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-chart-for]').forEach(function (holder) {
      var table = document.getElementById(holder.getAttribute('data-chart-for'));
      if (table) {
        draw(holder, table);
      }
    });
  });
})();
