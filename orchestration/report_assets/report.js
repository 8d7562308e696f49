// Draw every figure from its inlined JSON; record errors for the browser test.
window.reportErrors = [];
window.addEventListener("error", (e) => window.reportErrors.push(String(e.message)));
const drawn = [];
// The maps draw only the inlined provinces (geo.visible false), so plotly's base world map is never
// needed: an empty topology stands in for it, and plotly fetches nothing from its CDN.
const emptyWorld = {type: "Topology", objects: {}, arcs: []};
window.PlotlyGeoAssets = {topojson: {world_110m: emptyWorld, world_50m: emptyWorld, "un/world_110m": emptyWorld}};
const china = JSON.parse(document.getElementById("china-provinces").textContent);
for (const node of document.querySelectorAll("script.figdata")) {
  const fig = JSON.parse(node.textContent);
  for (const trace of fig.data) if (trace.geojson === "@china-provinces") trace.geojson = china;
  try {
    drawn.push(Plotly.newPlot(node.dataset.target, fig.data, fig.layout, {responsive: true, displaylogo: false, displayModeBar: false}));
  } catch (err) { window.reportErrors.push(String(err)); }
}
Promise.all(drawn).then(() => { document.body.dataset.rendered = "yes"; });
