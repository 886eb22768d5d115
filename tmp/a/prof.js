const esb=require('esbuild');
esb.buildSync({entryPoints:['../../tests/support/offlineBundle.ts'],bundle:true,platform:'node',packages:'external',outfile:__dirname+'/ob.js',format:'cjs'});
esb.buildSync({entryPoints:['../../runner/xlsxStore.ts'],bundle:true,platform:'node',packages:'external',outfile:__dirname+'/xs.js',format:'cjs'});
const {runBundle}=require('./ob.js');
const {saveXlsx, loadXlsx}=require('./xs.js');
(async()=>{
let t=Date.now(); const r=runBundle(); r.call('apiInitWorkbook',{sample:true}); console.log('init',Date.now()-t);
t=Date.now(); await saveXlsx(r.workbook,'/tmp/p.xlsx'); console.log('save',Date.now()-t);
t=Date.now(); await loadXlsx('/tmp/p.xlsx'); console.log('load',Date.now()-t);
let n=0; for (const s of r.workbook.sheets) n+= [...s.validations.entries()].length; console.log('validation cells',n);
})();
(async()=>{
const r=runBundle(); r.call('apiInitWorkbook',{sample:true});
let f=0,v=0; for (const s of r.workbook.sheets){ f+=[...s.formats.entries()].length; v+=[...s.validations.entries()].length; console.log(s.name,[...s.columnFormats.entries()].length);} console.log('formats',f,'validations',v);
for (const s of r.workbook.sheets) for (const [a,b] of [...s.validations.entries()]) s.validations.set(a,b,undefined);
let t=Date.now(); await saveXlsx(r.workbook,'/tmp/p2.xlsx'); console.log('save w/o validations',Date.now()-t);
t=Date.now(); await loadXlsx('/tmp/p2.xlsx'); console.log('load',Date.now()-t);
})();
