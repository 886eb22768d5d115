const {runBundle}=require('./ob.js');
const {saveXlsx, loadXlsx}=require('./xs.js');
(async()=>{
const r=runBundle(); r.call('apiInitWorkbook',{sample:true});
for (const s of r.workbook.sheets) s.formats = new (s.formats.constructor)();
let t=Date.now(); await saveXlsx(r.workbook,'/tmp/p3.xlsx'); console.log('save no cell formats',Date.now()-t);
for (const s of r.workbook.sheets) { s.validations = new (s.validations.constructor)(); }
t=Date.now(); await saveXlsx(r.workbook,'/tmp/p4.xlsx'); console.log('save no validations either',Date.now()-t);
t=Date.now(); await loadXlsx('/tmp/p4.xlsx'); console.log('load',Date.now()-t);
})();
