function c(t,e,r,o){var n=arguments.length,a=n<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,r):o,l;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")a=Reflect.decorate(t,e,r,o);else for(var d=t.length-1;d>=0;d--)(l=t[d])&&(a=(n<3?l(a):n>3?l(e,r,a):l(e,r))||a);return n>3&&a&&Object.defineProperty(e,r,a),a}var tt=class{constructor(e,r,o=!1){this.evaluate=e,this.policy=r,this.isVolatile=o}};var D;(function(t){t[t.needsArrayObservation=1101]="needsArrayObservation",t[t.onlySetDOMPolicyOnce=1201]="onlySetDOMPolicyOnce",t[t.bindingInnerHTMLRequiresTrustedTypes=1202]="bindingInnerHTMLRequiresTrustedTypes",t[t.twoWayBindingRequiresObservables=1203]="twoWayBindingRequiresObservables",t[t.hostBindingWithoutHost=1204]="hostBindingWithoutHost",t[t.unsupportedBindingBehavior=1205]="unsupportedBindingBehavior",t[t.directCallToHTMLTagNotAllowed=1206]="directCallToHTMLTagNotAllowed",t[t.onlySetTemplatePolicyOnce=1207]="onlySetTemplatePolicyOnce",t[t.cannotSetTemplatePolicyAfterCompilation=1208]="cannotSetTemplatePolicyAfterCompilation",t[t.blockedByDOMPolicy=1209]="blockedByDOMPolicy",t[t.invalidHydrationAttributeMarker=1210]="invalidHydrationAttributeMarker",t[t.duplicateRenderInstruction=1211]="duplicateRenderInstruction",t[t.missingElementDefinition=1401]="missingElementDefinition",t[t.noRegistrationForContext=1501]="noRegistrationForContext",t[t.noFactoryForResolver=1502]="noFactoryForResolver",t[t.invalidResolverStrategy=1503]="invalidResolverStrategy",t[t.cannotAutoregisterDependency=1504]="cannotAutoregisterDependency",t[t.cannotResolveKey=1505]="cannotResolveKey",t[t.cannotConstructNativeFunction=1506]="cannotConstructNativeFunction",t[t.cannotJITRegisterNonConstructor=1507]="cannotJITRegisterNonConstructor",t[t.cannotJITRegisterIntrinsic=1508]="cannotJITRegisterIntrinsic",t[t.cannotJITRegisterInterface=1509]="cannotJITRegisterInterface",t[t.invalidResolver=1510]="invalidResolver",t[t.invalidKey=1511]="invalidKey",t[t.noDefaultResolver=1512]="noDefaultResolver",t[t.cyclicDependency=1513]="cyclicDependency",t[t.connectUpdateRequiresController=1514]="connectUpdateRequiresController"})(D||(D={}));var $e=t=>typeof t=="function",oe=t=>typeof t=="string",bn=()=>{};var Ss=Object.create(null),R={warn(t,e){},error(t,e){return new Error(`Error ${t}`)},addMessages(t){Object.assign(Ss,t)}};var vn=Object.freeze([]);function Pt(){let t=new Map;return Object.freeze({register(e){return t.has(e.type)?!1:(t.set(e.type,e),!0)},getByType(e){return t.get(e)},getForInstance(e){if(e!=null)return t.get(e.constructor)}})}function xr(){let t=new WeakMap;return function(e){let r=t.get(e);if(r===void 0){let o=Reflect.getPrototypeOf(e);for(;r===void 0&&o!==null;)r=t.get(o),o=Reflect.getPrototypeOf(o);r=r===void 0?[]:r.slice(0),t.set(e,r)}return r}}function ne(t){t.prototype.toJSON=bn}var Nr=class extends tt{createObserver(){return this}bind(e){return this.evaluate(e.source,e.context)}};ne(Nr);function Pr(t,e){return new Nr(t,e)}var Ft=class{constructor(e,r){this.sub1=void 0,this.sub2=void 0,this.spillover=void 0,this.subject=e,this.sub1=r}has(e){return this.spillover===void 0?this.sub1===e||this.sub2===e:this.spillover.indexOf(e)!==-1}subscribe(e){let r=this.spillover;if(r===void 0){if(this.has(e))return;if(this.sub1===void 0){this.sub1=e;return}if(this.sub2===void 0){this.sub2=e;return}this.spillover=[this.sub1,this.sub2,e],this.sub1=void 0,this.sub2=void 0}else r.indexOf(e)===-1&&r.push(e)}unsubscribe(e){let r=this.spillover;if(r===void 0)this.sub1===e?this.sub1=void 0:this.sub2===e&&(this.sub2=void 0);else{let o=r.indexOf(e);o!==-1&&r.splice(o,1)}}notify(e){let r=this.spillover,o=this.subject;if(r===void 0){let n=this.sub1,a=this.sub2;n!==void 0&&n.handleChange(o,e),a!==void 0&&a.handleChange(o,e)}else for(let n=0,a=r.length;n<a;++n)r[n].handleChange(o,e)}},wt=class{constructor(e){this.subscribers={},this.subjectSubscribers=null,this.subject=e}notify(e){var r,o;(r=this.subscribers[e])===null||r===void 0||r.notify(e),(o=this.subjectSubscribers)===null||o===void 0||o.notify(e)}subscribe(e,r){var o,n;let a;r?a=(o=this.subscribers[r])!==null&&o!==void 0?o:this.subscribers[r]=new Ft(this.subject):a=(n=this.subjectSubscribers)!==null&&n!==void 0?n:this.subjectSubscribers=new Ft(this.subject),a.subscribe(e)}unsubscribe(e,r){var o,n;r?(o=this.subscribers[r])===null||o===void 0||o.unsubscribe(e):(n=this.subjectSubscribers)===null||n===void 0||n.unsubscribe(e)}};var Te=[],yo=[],Bs=globalThis.requestAnimationFrame,No=!0;function ks(){if(yo.length)throw yo.shift()}function ys(t){try{t.call()}catch(e){if(No)yo.push(e),setTimeout(ks,0);else throw Te.length=0,e}}function xo(){let e=0;for(;e<Te.length;)if(ys(Te[e]),e++,e>1024){for(let r=0,o=Te.length-e;r<o;r++)Te[r]=Te[r+e];Te.length-=e,e=0}Te.length=0}function Sn(t){Te.push(t),Te.length<2&&(No?Bs(xo):xo())}var A=Object.freeze({enqueue:Sn,next:()=>new Promise(Sn),process:xo,setMode:t=>No=t});var rt=Object.freeze({unknown:void 0,coupled:1}),B=(()=>{let t=A.enqueue,e=/(:|&&|\|\||if|\?\.)/,r=new WeakMap,o,n=p=>{throw R.error(D.needsArrayObservation)};function a(p){var s;let f=(s=p.$fastController)!==null&&s!==void 0?s:r.get(p);return f===void 0&&(Array.isArray(p)?f=n(p):r.set(p,f=new wt(p))),f}let l=xr();class d{constructor(s){this.name=s,this.field=`_${s}`,this.callback=`${s}Changed`}getValue(s){return o!==void 0&&o.watch(s,this.name),s[this.field]}setValue(s,f){let P=this.field,E=s[P];if(E!==f){s[P]=f;let J=s[this.callback];$e(J)&&J.call(s,E,f),a(s).notify(this.name)}}}class g extends Ft{constructor(s,f,P=!1){super(s,f),this.expression=s,this.isVolatileBinding=P,this.needsRefresh=!0,this.needsQueue=!0,this.isAsync=!0,this.first=this,this.last=null,this.propertySource=void 0,this.propertyName=void 0,this.notifier=void 0,this.next=void 0}setMode(s){this.isAsync=this.needsQueue=s}bind(s){let f=this.observe(s.source,s.context);return!s.isBound&&this.requiresUnbind(s)&&s.onUnbind(this),f}requiresUnbind(s){return s.sourceLifetime!==rt.coupled||this.first!==this.last||this.first.propertySource!==s.source}unbind(s){this.dispose()}observe(s,f){this.needsRefresh&&this.last!==null&&this.dispose();let P=o;o=this.needsRefresh?this:void 0,this.needsRefresh=this.isVolatileBinding;let E;try{E=this.expression(s,f)}finally{o=P}return E}disconnect(){this.dispose()}dispose(){if(this.last!==null){let s=this.first;for(;s!==void 0;)s.notifier.unsubscribe(this,s.propertyName),s=s.next;this.last=null,this.needsRefresh=this.needsQueue=this.isAsync}}watch(s,f){let P=this.last,E=a(s),J=P===null?this.first:{};if(J.propertySource=s,J.propertyName=f,J.notifier=E,E.subscribe(this,f),P!==null){if(!this.needsRefresh){let we;o=void 0,we=P.propertySource[P.propertyName],o=this,s===we&&(this.needsRefresh=!0)}P.next=J}this.last=J}handleChange(){this.needsQueue?(this.needsQueue=!1,t(this)):this.isAsync||this.call()}call(){this.last!==null&&(this.needsQueue=this.isAsync,this.notify(this))}*records(){let s=this.first;for(;s!==void 0;)yield s,s=s.next}}return ne(g),Object.freeze({setArrayObserverFactory(p){n=p},getNotifier:a,track(p,s){o&&o.watch(p,s)},trackVolatile(){o&&(o.needsRefresh=!0)},notify(p,s){a(p).notify(s)},defineProperty(p,s){oe(s)&&(s=new d(s)),l(p).push(s),Reflect.defineProperty(p,s.name,{enumerable:!0,get(){return s.getValue(this)},set(f){s.setValue(this,f)}})},getAccessors:l,binding(p,s,f=this.isVolatileBinding(p)){return new g(p,s,f)},isVolatileBinding(p){return e.test(p.toString())}})})();function k(t,e){B.defineProperty(t,e)}var Bn=(()=>{let t=null;return{get(){return t},set(e){t=e}}})(),Ee=Object.freeze({default:{index:0,length:0,get event(){return Ee.getEvent()},eventDetail(){return this.event.detail},eventTarget(){return this.event.target}},getEvent(){return Bn.get()},setEvent(t){Bn.set(t)}});var Po=class extends tt{createObserver(e){return B.binding(this.evaluate,e,this.isVolatile)}};function Fr(t,e,r=B.isVolatileBinding(t)){return new Po(t,e,r)}var V=Object.freeze({none:0,attribute:1,booleanAttribute:2,property:3,content:4,tokenList:5,event:6}),kn=t=>t,xs=globalThis.trustedTypes?globalThis.trustedTypes.createPolicy("fast-html",{createHTML:kn}):{createHTML:kn},wr=Object.freeze({createHTML(t){return xs.createHTML(t)},protect(t,e,r,o){return o}}),Ns=wr,Re=Object.freeze({get policy(){return wr},setPolicy(t){if(wr!==Ns)throw R.error(D.onlySetDOMPolicyOnce);wr=t},setAttribute(t,e,r){r==null?t.removeAttribute(e):t.setAttribute(e,r)},setBooleanAttribute(t,e,r){r?t.setAttribute(e,""):t.removeAttribute(e)}});var Fo="boolean",yn="reflect",$t=Object.freeze({locate:xr()}),Nn={toView(t){return t?"":null},fromView(t){return!!t}};function xn(t){if(t==null)return null;let e=t*1;return isNaN(e)?null:e}var _e={toView(t){let e=xn(t);return e&&e.toString()},fromView:xn},tr=class t{constructor(e,r,o=r.toLowerCase(),n=yn,a){this.guards=new Set,this.Owner=e,this.name=r,this.attribute=o,this.mode=n,this.converter=a,this.fieldName=`_${r}`,this.callbackName=`${r}Changed`,this.hasCallback=this.callbackName in e.prototype,n===Fo&&a===void 0&&(this.converter=Nn)}setValue(e,r){let o=e[this.fieldName],n=this.converter;n!==void 0&&(r=n.fromView(r)),o!==r&&(e[this.fieldName]=r,this.tryReflectToAttribute(e),this.hasCallback&&e[this.callbackName](o,r),e.$fastController.notify(this.name))}getValue(e){return B.track(e,this.name),e[this.fieldName]}onAttributeChangedCallback(e,r){this.guards.has(e)||(this.guards.add(e),this.mode===Fo?this.setValue(e,r!==null):this.setValue(e,r),this.guards.delete(e))}tryReflectToAttribute(e){let r=this.mode,o=this.guards;o.has(e)||r==="fromView"||A.enqueue(()=>{o.add(e);let n=e[this.fieldName];switch(r){case yn:{let a=this.converter;Re.setAttribute(e,this.attribute,a!==void 0?a.toView(n):n);break}case Fo:Re.setBooleanAttribute(e,this.attribute,n);break}o.delete(e)})}static collect(e,...r){let o=[];r.push($t.locate(e));for(let n=0,a=r.length;n<a;++n){let l=r[n];if(l!==void 0)for(let d=0,g=l.length;d<g;++d){let p=l[d];oe(p)?o.push(new t(e,p)):o.push(new t(e,p.property,p.attribute,p.mode,p.converter))}}return o}};function u(t,e){let r;function o(n,a){arguments.length>1&&(r.property=a),$t.locate(n.constructor).push(r)}if(arguments.length>1){r={},o(t,e);return}return r=t===void 0?{}:t,o}var wo;function Pn(t){return t.reduce((e,r)=>(r instanceof ae?e.push(...Pn(r.styles)):e.push(r),e),[])}var ae=class t{get strategy(){return this._strategy===null&&(wo||t.setDefaultStrategy(t.supportsAdoptedStyleSheets?Ps():ws()),this.withStrategy(wo)),this._strategy}constructor(e){this.styles=e,this.targets=new WeakSet,this._strategy=null}addStylesTo(e){this.strategy.addStylesTo(e),this.targets.add(e)}removeStylesFrom(e){this.strategy.removeStylesFrom(e),this.targets.delete(e)}isAttachedTo(e){return this.targets.has(e)}withStrategy(e){return this._strategy=new e(Pn(this.styles)),this}static setDefaultStrategy(e){wo=e}static normalize(e){return e===void 0?void 0:Array.isArray(e)?new t(e):e instanceof t?e:new t([e])}};ae.supportsAdoptedStyleSheets=Array.isArray(document.adoptedStyleSheets)&&"replace"in CSSStyleSheet.prototype;function Ps(){let t=new Map;return class{constructor(r){this.sheets=r.map(o=>{if(o instanceof CSSStyleSheet)return o;let n=t.get(o);return n===void 0&&(n=new CSSStyleSheet,n.replaceSync(o),t.set(o,n)),n})}addStylesTo(r){let o=r;o.adoptedStyleSheets=[...o.adoptedStyleSheets,...this.sheets]}removeStylesFrom(r){let o=r;o.adoptedStyleSheets=o.adoptedStyleSheets.filter(n=>this.sheets.indexOf(n)===-1)}}}var Fs=0;function ws(){return class{constructor(e){this.styles=e,this.styleClass=`fast-${++Fs}`}addStylesTo(e){let r=e===document?document.body:e;for(let o=0;o<this.styles.length;o++){let n=document.createElement("style");n.innerHTML=this.styles[o],n.className=this.styleClass,r.append(n)}}removeStylesFrom(e){let r=e===document?document.body:e,o=r.querySelectorAll(`.${this.styleClass}`);for(let n=0,a=o.length;n<a;++n)r.removeChild(o[n])}}}var $s={},Fn=new WeakMap,$o=Pt(),Tt=Object.freeze({register(t){if(!$o.register(t))return!1;let e=$n(t.registry);return Object.prototype.hasOwnProperty.call(e,t.name)||B.defineProperty(e,t.name),e[t.name]=t.type,!0},getByType:$o.getByType,getForInstance:$o.getForInstance,whenRegistered:Ts});function $n(t=customElements){if(t===customElements)return $s;let e=Fn.get(t);return e||(e={},Fn.set(t,e)),e}function wn(t){return t===void 0?void 0:Tt.getByType(t)}function Ts(t,e=customElements){let r=$n(e);Object.prototype.hasOwnProperty.call(r,t)||B.defineProperty(r,t);let o=wn(r[t]);return o!==void 0?Promise.resolve(o):new Promise(n=>{let a=B.getNotifier(r),l={handleChange:()=>{let d=wn(r[t]);d!==void 0&&(a.unsubscribe(l,t),n(d))}};a.subscribe(l,t)})}var Tn={mode:"open"},An={},Cn=new Set,Tr=new WeakMap,$r=new WeakMap,ct=new WeakMap,Hn=new WeakMap,As=new WeakMap;function Cs(t){return $e(t)}function Hs(t){return typeof t?.then=="function"}function In(t,e){if($r.delete(t),t.template===void 0&&e!==void 0&&(t.template=e),t.template!==void 0)return ct.delete(t),Tr.delete(t),t.template}function To(t,e=t.registry,r){if(!r?.length)return;let o=t,n=Hn.get(o);if(!n?.has(e)){n===void 0&&(n=new WeakSet,Hn.set(o,n)),n.add(e);for(let a of r)a(t)}}function Ar(t){var e;return(e=As.get(t))!==null&&e!==void 0?e:null}function Ao(t){if(t.template!==void 0)return ct.delete(t),t.template;let e=$r.get(t);if(e)return e;let r=Tr.get(t);if(!r)return;ct.delete(t);let o;try{o=r(t)}catch(n){throw ct.set(t,n),n}if(Hs(o)){let n=Promise.resolve(o).then(a=>In(t,a)).catch(a=>{throw $r.delete(t),ct.set(t,a),a});return $r.set(t,n),n}return In(t,o)}function Is(t,e){let r=t;if(e===void 0){ct.delete(r);return}ct.set(r,e)}var ye=class t{get isDefined(){return this.platformDefined}constructor(e,r=e.definition){var o;this.platformDefined=!1,oe(r)&&(r={name:r}),this.type=e,this.name=r.name,this.registry=(o=r.registry)!==null&&o!==void 0?o:customElements,Cs(r.template)?Tr.set(this,r.template):this.template=r.template;let n=e.prototype,a=tr.collect(e,r.attributes),l=new Array(a.length),d={},g={};for(let p=0,s=a.length;p<s;++p){let f=a[p];l[p]=f.attribute,d[f.name]=f,g[f.attribute]=f,B.defineProperty(n,f)}Reflect.defineProperty(e,"observedAttributes",{value:l,enumerable:!0}),this.attributes=a,this.propertyLookup=d,this.attributeLookup=g,this.shadowOptions=r.shadowOptions===void 0?Tn:r.shadowOptions===null?void 0:Object.assign(Object.assign({},Tn),r.shadowOptions),this.elementOptions=r.elementOptions===void 0?An:Object.assign(Object.assign({},An),r.elementOptions),this.styles=ae.normalize(r.styles),this.schema=r.schema,Tt.register(this)}define(e=this.registry,r){let o=this.type;if(!e.get(this.name)){if(To(this,e,r),this.template===void 0&&Tr.has(this))return Promise.resolve().then(()=>Ao(this)).then(n=>{n!==void 0&&!e.get(this.name)&&(this.platformDefined=!0,e.define(this.name,o,this.elementOptions))}).catch(n=>{Is(this,n),B.notify(this,"template")}),this;this.platformDefined=!0,e.define(this.name,o,this.elementOptions)}return this}static compose(e,r){let o=Cn.has(e)||Tt.getByType(e)?new t(class extends e{},r):new t(e,r);return Promise.resolve(o)}static registerBaseType(e){Cn.add(e)}};ye.getByType=Tt.getByType;ye.getForInstance=Tt.getForInstance;B.defineProperty(ye.prototype,"template");var Ds={bubbles:!0,composed:!0,cancelable:!0},Co="isConnected",On=new WeakMap,Ho=Symbol("fast-late-attribute-observer");function Cr(t){var e,r;return(r=(e=t.shadowRoot)!==null&&e!==void 0?e:On.get(t))!==null&&r!==void 0?r:null}var Dn,ie;(function(t){t[t.connecting=0]="connecting",t[t.connected=1]="connected",t[t.disconnecting=2]="disconnecting",t[t.disconnected=3]="disconnected"})(ie||(ie={}));var ot=class t{get isConnected(){return B.track(this,Co),this.stage===ie.connected}get context(){var e,r;return(r=(e=this.view)===null||e===void 0?void 0:e.context)!==null&&r!==void 0?r:Ee.default}get isBound(){var e,r;return(r=(e=this.view)===null||e===void 0?void 0:e.isBound)!==null&&r!==void 0?r:!1}get sourceLifetime(){var e;return(e=this.view)===null||e===void 0?void 0:e.sourceLifetime}get template(){var e;if(this._template===null){let r=this.definition;this.source.resolveTemplate?this._template=this.source.resolveTemplate():r.template&&(this._template=(e=r.template)!==null&&e!==void 0?e:null)}return this._template}set template(e){this._template!==e&&(this._template=e,this.needsInitialization||this.renderTemplate(e))}get shadowOptions(){return this._shadowRootOptions}set shadowOptions(e){if(this._shadowRootOptions===void 0&&e!==void 0){this._shadowRootOptions=e;let r=this.source.shadowRoot;r?this.hasExistingShadowRoot=!0:(r=this.source.attachShadow(e),e.mode==="closed"&&On.set(this.source,r))}}get mainStyles(){var e;if(this._mainStyles===null){let r=this.definition;this.source.resolveStyles?this._mainStyles=this.source.resolveStyles():r.styles&&(this._mainStyles=(e=r.styles)!==null&&e!==void 0?e:null)}return this._mainStyles}set mainStyles(e){this._mainStyles!==e&&(this._mainStyles!==null&&this.removeStyles(this._mainStyles),this._mainStyles=e,this.needsInitialization||this.addStyles(e))}constructor(e,r){this.boundObservables=null,this.needsInitialization=!0,this.hasExistingShadowRoot=!1,this.isPrerendered=new Promise(a=>{this._resolvePrerendered=a}),this.isHydrated=new Promise(a=>{this._resolveHydrated=a}),this._template=null,this.stage=ie.disconnected,this.guardBehaviorConnection=!1,this.behaviors=null,this.behaviorsConnected=!1,this._mainStyles=null,this.$fastController=this,this.view=null,this._notifier=new wt(e),this.source=e,this.definition=r,this.shadowOptions=r.shadowOptions;let o=Reflect.getPrototypeOf(e),n=o===null?[]:B.getAccessors(o);if(n.length>0){let a=this.boundObservables=Object.create(null);for(let l=0,d=n.length;l<d;++l){let g=n[l].name,p=e[g];p!==void 0&&(delete e[g],a[g]=p)}Object.keys(a).length===0&&(this.boundObservables=null)}this.captureBoundObservables()}get subject(){return this._notifier.subject}notify(e){this._notifier.notify(e)}subscribe(e,r){this._notifier.subscribe(e,r)}unsubscribe(e,r){this._notifier.unsubscribe(e,r)}onUnbind(e){var r;(r=this.view)===null||r===void 0||r.onUnbind(e)}addBehavior(e){var r,o;let n=(r=this.behaviors)!==null&&r!==void 0?r:this.behaviors=new Map,a=(o=n.get(e))!==null&&o!==void 0?o:0;a===0?(n.set(e,1),e.addedCallback&&e.addedCallback(this),e.connectedCallback&&!this.guardBehaviorConnection&&(this.stage===ie.connected||this.stage===ie.connecting)&&e.connectedCallback(this)):n.set(e,a+1)}removeBehavior(e,r=!1){let o=this.behaviors;if(o===null)return;let n=o.get(e);n!==void 0&&(n===1||r?(o.delete(e),e.disconnectedCallback&&this.stage!==ie.disconnected&&e.disconnectedCallback(this),e.removedCallback&&e.removedCallback(this)):o.set(e,n-1))}addStyles(e){var r;if(!e)return;let o=this.source;e instanceof HTMLElement?((r=Cr(o))!==null&&r!==void 0?r:this.source).append(e):e.isAttachedTo(o)||e.addStylesTo(o)}removeStyles(e){var r;if(!e)return;let o=this.source;e instanceof HTMLElement?((r=Cr(o))!==null&&r!==void 0?r:o).removeChild(e):e.isAttachedTo(o)&&e.removeStylesFrom(o)}connect(){this.stage===ie.disconnected&&(this.stage=ie.connecting,this.captureBoundObservables(),this.syncLateAttributes(),this.observeLateAttributes(),this.bindObservables(),this.connectBehaviors(),this.needsInitialization?(this.renderTemplate(this.template),this.addStyles(this.mainStyles),this.needsInitialization=!1):this.view!==null&&this.view.bind(this.source),this.stage=ie.connected,B.notify(this,Co))}bindObservables(){if(this.boundObservables!==null){let e=this.source,r=this.boundObservables,o=Object.keys(r);for(let n=0,a=o.length;n<a;++n){let l=o[n];e[l]=r[l]}this.boundObservables=null}}captureBoundObservables(){let e=this.source,r=Object.getOwnPropertyNames(e),o=a=>{let l=Reflect.getPrototypeOf(e);for(;l!==null;){let d=Reflect.getOwnPropertyDescriptor(l,a);if(d?.get||d?.set)return!0;l=Reflect.getPrototypeOf(l)}return!1},n=this.boundObservables;for(let a=0,l=r.length;a<l;++a){let g=r[a];if(!o(g))continue;let p=e[g];if(p===void 0){delete e[g];continue}delete e[g],(n??(n=this.boundObservables=Object.create(null)))[g]=p}}syncLateAttributes(){let e=Ar(this.definition);if(e!==null)for(let r of Object.keys(e))this.source.hasAttribute(r)&&this.onAttributeChangedCallback(r,null,this.source.getAttribute(r))}observeLateAttributes(){let e=Ar(this.definition);if(e===null)return;let r=this.source;r[Ho]===void 0&&(r[Ho]=new MutationObserver(o=>{let n=r.$fastController,a=Ar(n.definition);if(a!==null)for(let l=0,d=o.length;l<d;++l){let g=o[l].attributeName;g===null||a[g]===void 0||n.onAttributeChangedCallback(g,null,r.getAttribute(g))}}),r[Ho].observe(r,{attributes:!0,attributeFilter:Object.keys(e)}))}connectBehaviors(){if(this.behaviorsConnected===!1){let e=this.behaviors;if(e!==null){this.guardBehaviorConnection=!0;for(let r of e.keys())r.connectedCallback&&r.connectedCallback(this);this.guardBehaviorConnection=!1}this.behaviorsConnected=!0}}disconnectBehaviors(){if(this.behaviorsConnected===!0){let e=this.behaviors;if(e!==null)for(let r of e.keys())r.disconnectedCallback&&r.disconnectedCallback(this);this.behaviorsConnected=!1}}disconnect(){this.stage===ie.connected&&(this.stage=ie.disconnecting,B.notify(this,Co),this.view!==null&&this.view.unbind(),this.disconnectBehaviors(),this.stage=ie.disconnected)}onAttributeChangedCallback(e,r,o){let n=this.definition.attributeLookup[e];n!==void 0&&n.onAttributeChangedCallback(this.source,o)}emit(e,r,o){return this.stage===ie.connected?this.source.dispatchEvent(new CustomEvent(e,Object.assign(Object.assign({detail:r},Ds),o))):!1}renderTemplate(e){var r;let o=this.source,n=(r=Cr(o))!==null&&r!==void 0?r:o;if(this.view!==null)this.view.dispose(),this.view=null;else if((!this.needsInitialization||this.hasExistingShadowRoot)&&(!this.hasExistingShadowRoot||!this.needsInitialization))for(let a=n.firstChild;a!==null;a=n.firstChild)n.removeChild(a);if(e){let a=this.hasExistingShadowRoot&&this.needsInitialization,l=!1;a&&t.hydrationHook&&(l=t.hydrationHook(this,e,o,n)),l||this.renderClientSide(e,o,n),this._resolvePrerendered(a),this._resolveHydrated(l)}else this.needsInitialization&&(this._resolvePrerendered(!1),this._resolveHydrated(!1))}renderClientSide(e,r,o){if(this.hasExistingShadowRoot){for(let n=o.firstChild;n!==null;n=o.firstChild)o.removeChild(n);this.hasExistingShadowRoot=!1}this.view=e.render(r,o,r),this.view.sourceLifetime=rt.coupled}static forCustomElement(e,r=!1){let o=e.$fastController;if(o!==void 0&&!r)return o;let n=ye.getForInstance(e);if(n===void 0)throw R.error(D.missingElementDefinition);return B.getNotifier(n).subscribe({handleChange:()=>{t.forCustomElement(e,!0),e.$fastController.connect()}},"template"),B.getNotifier(n).subscribe({handleChange:()=>{t.forCustomElement(e,!0),e.$fastController.connect()}},"shadowOptions"),e.$fastController=new Dn(e,n)}static setStrategy(e){Dn=e}static installHydrationHook(e){t.hydrationHook=e}};ot.hydrationHook=null;ne(ot);ot.setStrategy(ot);function Hr(t){var e;return"adoptedStyleSheets"in t?t:(e=Cr(t))!==null&&e!==void 0?e:t.getRootNode()}var Ir=class t{constructor(e){let r=t.styleSheetCache;this.sheets=e.map(o=>{if(o instanceof CSSStyleSheet)return o;let n=r.get(o);return n===void 0&&(n=new CSSStyleSheet,n.replaceSync(o),r.set(o,n)),n})}addStylesTo(e){Mn(Hr(e),this.sheets)}removeStylesFrom(e){zn(Hr(e),this.sheets)}};Ir.styleSheetCache=new Map;var Ls=0,Os=()=>`fast-${++Ls}`;function Ln(t){return t===document?document.body:t}var Io=class{constructor(e){this.styles=e,this.styleClass=Os()}addStylesTo(e){e=Ln(Hr(e));let r=this.styles,o=this.styleClass;for(let n=0;n<r.length;n++){let a=document.createElement("style");a.innerHTML=r[n],a.className=o,e.append(a)}}removeStylesFrom(e){e=Ln(Hr(e));let r=e.querySelectorAll(`.${this.styleClass}`);for(let o=0,n=r.length;o<n;++o)e.removeChild(r[o])}},Mn=(t,e)=>{t.adoptedStyleSheets=[...t.adoptedStyleSheets,...e]},zn=(t,e)=>{t.adoptedStyleSheets=t.adoptedStyleSheets.filter(r=>e.indexOf(r)===-1)};if(ae.supportsAdoptedStyleSheets){try{document.adoptedStyleSheets.push(),document.adoptedStyleSheets.splice(),Mn=(t,e)=>{t.adoptedStyleSheets.push(...e)},zn=(t,e)=>{for(let r of e){let o=t.adoptedStyleSheets.indexOf(r);o!==-1&&t.adoptedStyleSheets.splice(o,1)}}}catch{}ae.setDefaultStrategy(Ir)}else ae.setDefaultStrategy(Io);function En(t){let e=class extends t{constructor(){super(),ot.forCustomElement(this)}$emit(r,o,n){return this.$fastController.emit(r,o,n)}connectedCallback(){this.$fastController.connect()}disconnectedCallback(){this.$fastController.disconnect()}attributeChangedCallback(r,o,n){this.$fastController.onAttributeChangedCallback(r,o,n)}};return ye.registerBaseType(e),e}function Ms(t){return typeof t?.then=="function"}function zs(t,e,r){return Array.isArray(e)&&(r=e,e=void 0),($e(t)?ye.compose(t,e):ye.compose(this,t)).then(n=>{To(n,n.registry,r);let a=Ao(n);return Ms(a)?a.then(()=>n.define().type):n.define().type})}function Es(t){return En(t)}var I=Object.assign(En(HTMLElement),{from:Es,define:zs});function Ae(t,e,r){return Object.assign({},r,{get(){return B.trackVolatile(),r.get.apply(this)}})}var Do=Pt(),Lo=Object.freeze({getForInstance:Do.getForInstance,getByType:Do.getByType,define(t){return Do.register({type:t}),t}});function Rn(t,e){let r=[],o="";for(let n=0,a=t.length-1;n<a;++n){o+=t[n];let l=e[n];Lo.getForInstance(l)!==void 0&&(l=l.createCSS()),l instanceof ae||l instanceof CSSStyleSheet?(o.trim()!==""&&(r.push(o),o=""),r.push(l)):o+=l}return o+=t[t.length-1],o.trim()!==""&&r.push(o),r}var S=((t,...e)=>new ae(Rn(t,e))),Dr=class{constructor(e){this.value=e.length===0?"":e.length===1?e[0]:new ae(e)}createCSS(){return this.value}};Lo.define(Dr);S.partial=(t,...e)=>new Dr(Rn(t,e));var Oo=`fast-${Math.random().toString(36).substring(2,8)}`,Lr=`${Oo}{`,rr=`}${Oo}`,Rs=rr.length,_s=0,or=()=>`${Oo}-${++_s}`,Or=Object.freeze({interpolation:t=>`${Lr}${t}${rr}`,attribute:t=>`${or()}="${Lr}${t}${rr}"`,comment:t=>`<!--${Lr}${t}${rr}-->`}),nr=Object.freeze({parse(t,e){let r=t.split(Lr);if(r.length===1)return null;let o=[];for(let n=0,a=r.length;n<a;++n){let l=r[n],d=l.indexOf(rr),g;if(d===-1)g=l;else{let p=l.substring(0,d);o.push(e[p]),g=l.substring(d+Rs)}g!==""&&o.push(g)}return o}});var Mo=Pt(),te=Object.freeze({getForInstance:Mo.getForInstance,getByType:Mo.getByType,define(t,e){return e=e||{},e.type=t,Mo.register(e),t},assignAspect(t,e){if(!e){t.aspectType=V.content;return}switch(t.sourceAspect=e,e[0]){case":":t.targetAspect=e.substring(1),t.aspectType=t.targetAspect==="classList"?V.tokenList:V.property;break;case"?":t.targetAspect=e.substring(1),t.aspectType=V.booleanAttribute;break;case"@":t.targetAspect=e.substring(1),t.aspectType=V.event;break;default:t.targetAspect=e,t.aspectType=V.attribute;break}}});var dt=class{constructor(e){this.options=e}createHTML(e){return Or.attribute(e(this))}createBehavior(){return this}};ne(dt);var Vs=t=>t.nodeType===1,ir=t=>t?e=>e.nodeType===1&&e.matches(t):Vs,ar=class extends dt{get id(){return this._id}set id(e){this._id=e,this._controllerProperty=`${e}-c`}bind(e){let r=e.targets[this.targetNodeId];r[this._controllerProperty]=e,this.updateTarget(e.source,this.computeNodes(r)),this.observe(r),e.onUnbind(this)}unbind(e){let r=e.targets[this.targetNodeId];this.updateTarget(e.source,vn),this.disconnect(r),r[this._controllerProperty]=null}getSource(e){return e[this._controllerProperty].source}updateTarget(e,r){e[this.options.property]=r}computeNodes(e){let r=this.getNodes(e);return"filter"in this.options&&(r=r.filter(this.options.filter)),r}};var _n=/fe-b\$\$start\$\$(\d+)\$\$(.+)\$\$fe-b/,Ws=/fe-b\$\$end\$\$(\d+)\$\$(.+)\$\$fe-b/,js=/fe-repeat\$\$start\$\$(\d+)\$\$fe-repeat/,Gs=/fe-repeat\$\$end\$\$(\d+)\$\$fe-repeat/,Xs=/^(?:.{0,1000})fe-eb\$\$start\$\$(.+?)\$\$fe-eb/,qs=/fe-eb\$\$end\$\$(.{0,1000})\$\$fe-eb(?:.{0,1000})$/;function Vn(t){return t&&t.nodeType===Node.COMMENT_NODE}var me=Object.freeze({attributeMarkerName:"data-fe",legacyAttributeMarkerName:"data-fe-b",legacyCompactAttributeMarkerName:"data-fe-c",contentBindingStartMarker(){return"fe:b"},contentBindingEndMarker(){return"fe:/b"},repeatStartMarker(){return"fe:r"},repeatEndMarker(){return"fe:/r"},elementBoundaryStartMarker(){return"fe:e"},elementBoundaryEndMarker(){return"fe:/e"},isContentBindingStartMarker(t){return t==="fe:b"||_n.test(t)},isContentBindingEndMarker(t){return t==="fe:/b"||Ws.test(t)},isRepeatViewStartMarker(t){return t==="fe:r"||js.test(t)},isRepeatViewEndMarker(t){return t==="fe:/r"||Gs.test(t)},isElementBoundaryStartMarker(t){return Vn(t)&&(t.data==="fe:e"||Xs.test(t.data))},isElementBoundaryEndMarker(t){return Vn(t)&&(t.data==="fe:/e"||qs.test(t.data))},parseAttributeBindingCount(t){let e=t.getAttribute(this.attributeMarkerName);if(e===null)return null;let r=e.trim();if(!/^\d+$/.test(r))throw R.error(D.invalidHydrationAttributeMarker,{value:e});let o=parseInt(r,10);if(o<1)throw R.error(D.invalidHydrationAttributeMarker,{value:e});return o},parseLegacyAttributeBindingIndices(t){let e=[],r=t.getAttribute(this.legacyAttributeMarkerName);if(r!==null)for(let a of r.trim().split(/\s+/)){if(a==="")continue;let l=Number(a);if(!Number.isInteger(l)||l<0)throw R.error(D.invalidHydrationAttributeMarker,{value:r});e.push(l)}let o=`${this.legacyAttributeMarkerName}-`,n=`${this.legacyCompactAttributeMarkerName}-`;for(let a of t.getAttributeNames())if(a.startsWith(o)){let l=Number(a.slice(o.length));if(!Number.isInteger(l)||l<0)throw R.error(D.invalidHydrationAttributeMarker,{value:a});e.push(l)}else if(a.startsWith(n)){let[l,d]=a.slice(n.length).split("-").map(g=>Number(g));if(!Number.isInteger(l)||!Number.isInteger(d)||l<0||d<1)throw R.error(D.invalidHydrationAttributeMarker,{value:a});for(let g=0;g<d;g++)e.push(l+g)}return e.length===0?null:e},removeLegacyAttributeBindingMarkers(t){t.removeAttribute(this.legacyAttributeMarkerName);for(let e of t.getAttributeNames())(e.startsWith(`${this.legacyAttributeMarkerName}-`)||e.startsWith(`${this.legacyCompactAttributeMarkerName}-`))&&t.removeAttribute(e)},parseLegacyContentBindingStartIndex(t){return Us(_n,t)}});function Us(t,e){let r=t.exec(e);return r===null?null:Number(r[1])}var lr=Symbol.for("fe-hydration");function Mr(t){return t[lr]===lr}var Wn="unknown";function jn(t,e){let r=e?`: ${e}`:"";return`Hydration mismatch in <${t}>${r}. Install hydrationDebugger() from "@microsoft/fast-element/hydration.js" and pass it as enableHydration({ debugger: hydrationDebugger() }) for an "Expected / Received" report including the SSR HTML snippet.`}var Gn="content following `<!--fe:b-->` content binding marker",Xn="matching `<!--fe:/b-->` content binding close marker",qn="matching `<!--fe:/e-->` element boundary close marker";function zo(t){return`no more attribute bindings (template defines ${t})`}function Un(t){return`no more content bindings (template defines ${t})`}function Kn(t,e){let r=(t??Wn).toLowerCase();return jn(r,e)}var Ks={formatBindingMismatch(t,e,r,o){return{message:Kn(o,void 0)}},formatStructuralError(t,e,r){return{message:Kn(e,r)}}},Ys=Ks;function Ve(){return Ys}function We(t){var e;return t?(e=t.getRootNode().host)===null||e===void 0?void 0:e.nodeName:void 0}var Ce=class extends Error{constructor(e,r,o,n,a){super(e),this.factories=r,this.node=o,this.expected=n,this.received=a}};function Eo(t){return t.nodeType===Node.COMMENT_NODE}function Yn(t){return t.nodeType===Node.TEXT_NODE}function Ro(t,e){let r=document.createRange();return r.setStart(t,0),r.setEnd(e,Eo(e)||Yn(e)?e.data.length:e.childNodes.length),r}function Jn(t,e,r){let o=Ro(t,e),n=o.commonAncestorContainer,a=document.createTreeWalker(n,NodeFilter.SHOW_ELEMENT+NodeFilter.SHOW_COMMENT+NodeFilter.SHOW_TEXT,{acceptNode(f){return o.comparePoint(f,0)===0?NodeFilter.FILTER_ACCEPT:NodeFilter.FILTER_REJECT}}),l={},d={},g=Zs(r),p=g,s=a.currentNode=t;for(;s!==null;){switch(s.nodeType){case Node.ELEMENT_NODE:{let f=s,P=me.parseLegacyAttributeBindingIndices(f);if(P!==null){for(let J of P){let we=J+g,et=r[we];if(!et){let er=zo(r.length),ko=Ve().formatStructuralError(s,We(s),er);throw new Ce(ko.message,r,f,ko.expected,ko.received)}At(et,s,l),p=Math.max(p,we+1)}me.removeLegacyAttributeBindingMarkers(f);break}let E=me.parseAttributeBindingCount(f);if(E!==null){for(let J=0;J<E;J++){let we=r[p++];if(!we){let et=zo(r.length),er=Ve().formatStructuralError(s,We(s),et);throw new Ce(er.message,r,s,er.expected,er.received)}At(we,s,l)}f.removeAttribute(me.attributeMarkerName)}break}case Node.COMMENT_NODE:{let f=s.data;if(me.isElementBoundaryStartMarker(s))s.data="",Qs(a,r,s);else if(me.isContentBindingStartMarker(f)){let P=me.parseLegacyContentBindingStartIndex(f),E=P===null?p++:P+g,J=r[E];if(p=Math.max(p,E+1),!J){let we=Un(r.length),et=Ve().formatStructuralError(s,We(s),we);throw new Ce(et.message,r,s,et.expected,et.received)}Js(s,a,J,r,l,d)}break}}s=a.nextNode()}return o.detach(),{targets:l,boundaries:d}}function Js(t,e,r,o,n,a){let l=[],d=e.nextSibling();if(t.data="",d===null){let s=Gn,f=Ve().formatStructuralError(t,We(t),s);throw new Ce(f.message,o,t,f.expected,f.received)}let g=d,p=0;for(;d!==null;){if(Eo(d)){if(me.isContentBindingStartMarker(d.data))p++;else if(me.isContentBindingEndMarker(d.data)){if(p===0)break;p--}}l.push(d),d=e.nextSibling()}if(d===null){let s=Xn,f=Ve().formatStructuralError(t,We(t),s);throw new Ce(f.message,o,t,f.expected,f.received)}if(d.data="",l.length===1&&Yn(l[0]))At(r,l[0],n);else{d!==g&&d.previousSibling!==null&&(a[r.targetNodeId]={first:g,last:d.previousSibling});let s=d.parentNode.insertBefore(document.createTextNode(""),d);At(r,s,n)}}function Qs(t,e,r){let o=0,n=t.nextSibling();for(;n!==null;){if(Eo(n)){if(me.isElementBoundaryStartMarker(n))n.data="",o++;else if(me.isElementBoundaryEndMarker(n)){if(o===0){n.data="";return}n.data="",o--}}n=t.nextSibling()}let a=qn,l=Ve().formatStructuralError(r,We(r),a);throw new Ce(l.message,e,r,l.expected,l.received)}function Zs(t){let e=0;for(let r=0,o=t.length;r<o&&t[r].targetNodeId==="h";++r)e++;return e}function At(t,e,r){if(t.targetNodeId===void 0)throw new Error("Factory could not be target to the node");r[t.targetNodeId]=e}function Ct(t,e){let r=t.parentNode,o=t,n;for(;o!==e;){if(n=o.nextSibling,!n)throw new Error(`Unmatched first/last child inside "${e.getRootNode().host.nodeName}".`);r.removeChild(o),o=n}r.removeChild(e)}var sr=class{constructor(){this.index=0,this.length=0}get event(){return Ee.getEvent()}get isEven(){return this.index%2===0}get isOdd(){return this.index%2!==0}get isFirst(){return this.index===0}get isInMiddle(){return!this.isFirst&&!this.isLast}get isLast(){return this.index===this.length-1}eventDetail(){return this.event.detail}eventTarget(){return this.event.target}},ut=class extends sr{constructor(e,r,o){super(),this.fragment=e,this.factories=r,this.targets=o,this.behaviors=null,this.unbindables=[],this.source=null,this.isBound=!1,this.sourceLifetime=rt.unknown,this._skipAttrUpdates=!1,this.isPrerendered=Promise.resolve(!1),this.isHydrated=Promise.resolve(!1),this.context=this,this.firstChild=e.firstChild,this.lastChild=e.lastChild}appendTo(e){e.appendChild(this.fragment)}insertBefore(e){if(this.fragment.hasChildNodes())e.parentNode.insertBefore(this.fragment,e);else{let r=this.lastChild;if(e.previousSibling===r)return;let o=e.parentNode,n=this.firstChild,a;for(;n!==r;)a=n.nextSibling,o.insertBefore(n,e),n=a;o.insertBefore(r,e)}}remove(){let e=this.fragment,r=this.lastChild,o=this.firstChild,n;for(;o!==r;)n=o.nextSibling,e.appendChild(o),o=n;e.appendChild(r)}dispose(){Ct(this.firstChild,this.lastChild),this.unbind()}onUnbind(e){this.unbindables.push(e)}bind(e,r=this){if(this.source===e&&this.context===r)return;let o=this.behaviors;if(o===null){this.source=e,this.context=r,this.behaviors=o=new Array(this.factories.length);let n=this.factories;for(let a=0,l=n.length;a<l;++a){let d=n[a].createBehavior();d.bind(this),o[a]=d}}else{this.source!==null&&this.evaluateUnbindables(),this.isBound=!1,this.source=e,this.context=r;for(let n=0,a=o.length;n<a;++n)o[n].bind(this)}this.isBound=!0}unbind(){!this.isBound||this.source===null||(this.evaluateUnbindables(),this.source=null,this.context=this,this.isBound=!1)}evaluateUnbindables(){let e=this.unbindables;for(let r=0,o=e.length;r<o;++r)e[r].unbind(this);e.length=0}static disposeContiguousBatch(e){if(e.length!==0){Ct(e[0].firstChild,e[e.length-1].lastChild);for(let r=0,o=e.length;r<o;++r)e[r].unbind()}}};ne(ut);B.defineProperty(ut.prototype,"index");B.defineProperty(ut.prototype,"length");var Qn,pt={unhydrated:"unhydrated",hydrating:"hydrating",hydrated:"hydrated"},_o=class extends Error{constructor(e,r,o,n,a,l){super(e),this.factory=r,this.fragment=o,this.templateString=n,this.expected=a,this.received=l}},Vo=class extends sr{get hydrationStage(){return this._hydrationStage}get targets(){return this._targets}get bindingViewBoundaries(){return this._bindingViewBoundaries}constructor(e,r,o,n){super(),this.firstChild=e,this.lastChild=r,this.sourceTemplate=o,this.hostBindingTarget=n,this[Qn]=lr,this.context=this,this.source=null,this.isBound=!1,this.sourceLifetime=rt.unknown,this.unbindables=[],this.fragment=null,this.behaviors=null,this._hydrationStage=pt.unhydrated,this._bindingViewBoundaries={},this._targets={},this.factories=o.compile().factories}insertBefore(e){if(this.fragment!==null)if(this.fragment.hasChildNodes())e.parentNode.insertBefore(this.fragment,e);else{let r=this.lastChild;if(e.previousSibling===r)return;let o=e.parentNode,n=this.firstChild,a;for(;n!==r;)a=n.nextSibling,o.insertBefore(n,e),n=a;o.insertBefore(r,e)}}appendTo(e){this.fragment!==null&&e.appendChild(this.fragment)}remove(){let e=this.fragment||(this.fragment=document.createDocumentFragment()),r=this.lastChild,o=this.firstChild,n;for(;o!==r;){if(n=o.nextSibling,!n)throw new Error(`Unmatched first/last child inside "${r.getRootNode().host.nodeName}".`);e.appendChild(o),o=n}e.appendChild(r)}bind(e,r=this){if(this.source===e&&this.context===r)return;this.hydrationStage!==pt.hydrated&&(this._hydrationStage=pt.hydrating);let o=this.behaviors;if(o===null){this.source=e,this.context=r;try{let{targets:a,boundaries:l}=Jn(this.firstChild,this.lastChild,this.factories);this._targets=a,this._bindingViewBoundaries=l}catch(a){if(a instanceof Ce){let l=this.sourceTemplate.html;typeof l!="string"&&(l=l.innerHTML),a.templateString=l}throw a}this.behaviors=o=new Array(this.factories.length);let n=this.factories;for(let a=0,l=n.length;a<l;++a){let d=n[a];if(d.targetNodeId==="h"&&this.hostBindingTarget&&At(d,this.hostBindingTarget,this._targets),d.targetNodeId in this.targets){let g=d.createBehavior();g.bind(this),o[a]=g}else{let g=this.sourceTemplate.html;typeof g!="string"&&(g=g.innerHTML);let p=Ro(this.firstChild,this.lastChild).cloneContents(),s=Ve().formatBindingMismatch(d,this.firstChild,this.lastChild,We(this.firstChild));throw new _o(s.message,d,p,g,s.expected,s.received)}}}else{this.source!==null&&this.evaluateUnbindables(),this.isBound=!1,this.source=e,this.context=r;for(let n=0,a=o.length;n<a;++n)o[n].bind(this)}this.isBound=!0,this._hydrationStage=pt.hydrated}unbind(){!this.isBound||this.source===null||(this.evaluateUnbindables(),this.source=null,this.context=this,this.isBound=!1)}dispose(){Ct(this.firstChild,this.lastChild),this.unbind()}onUnbind(e){this.unbindables.push(e)}evaluateUnbindables(){let e=this.unbindables;for(let r=0,o=e.length;r<o;++r)e[r].unbind(this);e.length=0}};Qn=lr;ne(Vo);function ec(t){return t.create!==void 0}function tc(t,e,r,o){if(r==null&&(r=""),ec(r)){t.textContent="";let n=t.$fastView;if(n===void 0)if(Mr(o)&&Mr(r)&&o.bindingViewBoundaries[this.targetNodeId]!==void 0&&o.hydrationStage!==pt.hydrated){let a=o.bindingViewBoundaries[this.targetNodeId];n=r.hydrate(a.first,a.last)}else n=r.create();else t.$fastTemplate!==r&&(n.isComposed&&(n.remove(),n.unbind()),n=r.create());n.isComposed?n.needsBindOnly&&(n.needsBindOnly=!1,n.bind(o.source,o.context)):(n.isComposed=!0,n.bind(o.source,o.context),n.insertBefore(t),t.$fastView=n,t.$fastTemplate=r)}else{let n=t.$fastView;if(n!==void 0&&n.isComposed&&(n.isComposed=!1,n.remove(),n.needsBindOnly?n.needsBindOnly=!1:n.unbind()),n===void 0&&Mr(o)&&o.hydrationStage!==pt.hydrated){let a=o.bindingViewBoundaries[this.targetNodeId];a!==void 0&&(Ct(a.first,a.last),delete o.bindingViewBoundaries[this.targetNodeId])}t.textContent=r}}function rc(t,e,r){var o;let n=`${this.id}-t`,a=(o=t[n])!==null&&o!==void 0?o:t[n]={v:0,cv:Object.create(null)},l=a.cv,d=a.v,g=t[e];if(r!=null&&r.length){let p=r.split(/\s+/);for(let s=0,f=p.length;s<f;++s){let P=p[s];P!==""&&(l[P]=d,g.add(P))}}if(a.v=d+1,d!==0){d-=1;for(let p in l)l[p]===d&&g.remove(p)}}var oc={[V.attribute]:Re.setAttribute,[V.booleanAttribute]:Re.setBooleanAttribute,[V.property]:(t,e,r)=>t[e]=r,[V.content]:tc,[V.tokenList]:rc,[V.event]:()=>{}},He=class{constructor(e){this.updateTarget=null,this.aspectType=V.content,this.dataBinding=e}createHTML(e){return Or.interpolation(e(this))}createBehavior(){var e;if(this.updateTarget===null){let r=oc[this.aspectType],o=(e=this.dataBinding.policy)!==null&&e!==void 0?e:this.policy;if(!r)throw R.error(D.unsupportedBindingBehavior);this.data=`${this.id}-d`,this.updateTarget=o.protect(this.targetTagName,this.aspectType,this.targetAspect,r)}return this}bind(e){var r;let o=e.targets[this.targetNodeId];switch(this.aspectType){case V.event:o[this.data]=e,o.addEventListener(this.targetAspect,this,this.dataBinding.options);break;case V.content:e.onUnbind(this);default:{let n=(r=o[this.data])!==null&&r!==void 0?r:o[this.data]=this.dataBinding.createObserver(this,this);n.target=o,n.controller=e;let a=n.bind(e);if(e._skipAttrUpdates&&(this.aspectType===V.attribute||this.aspectType===V.booleanAttribute))break;this.updateTarget(o,this.targetAspect,a,e);break}}}unbind(e){let o=e.targets[this.targetNodeId].$fastView;o!==void 0&&o.isComposed&&(o.unbind(),o.needsBindOnly=!0)}handleEvent(e){let r=e.currentTarget[this.data];if(r.isBound){Ee.setEvent(e);let o=this.dataBinding.evaluate(r.source,r.context);Ee.setEvent(null),o!==!0&&e.preventDefault()}}handleChange(e,r){let o=r.controller;if(!o.isBound)return;let n=r.target;this.updateTarget(n,this.targetAspect,r.bind(o),o)}};te.define(He,{aspected:!0});var ra=(t,e)=>`${t}.${e}`,Zn={},Ie={index:0,node:null};function ea(t){t.startsWith("fast-")||R.warn(D.hostBindingWithoutHost,{name:t})}var nc=new Proxy(document.createElement("div"),{get(t,e){ea(e);let r=Reflect.get(t,e);return $e(r)?r.bind(t):r},set(t,e,r){return ea(e),Reflect.set(t,e,r)}}),Wo=class{constructor(e,r,o){this.fragment=e,this.directives=r,this.policy=o,this.proto=null,this.nodeIds=new Set,this.descriptors={},this.factories=[]}addFactory(e,r,o,n,a){var l,d;this.nodeIds.has(o)||(this.nodeIds.add(o),this.addTargetDescriptor(r,o,n)),e.id=(l=e.id)!==null&&l!==void 0?l:or(),e.targetNodeId=o,e.targetTagName=a,e.policy=(d=e.policy)!==null&&d!==void 0?d:this.policy,this.factories.push(e)}freeze(){return this.proto=Object.create(null,this.descriptors),this}addTargetDescriptor(e,r,o){let n=this.descriptors;if(r==="r"||r==="h"||n[r])return;if(!n[e]){let l=e.lastIndexOf("."),d=e.substring(0,l),g=parseInt(e.substring(l+1),10);this.addTargetDescriptor(d,e,g)}let a=Zn[r];if(!a){let l=`_${r}`;Zn[r]=a={get(){var d;return(d=this[l])!==null&&d!==void 0?d:this[l]=this[e].childNodes[o]}}}n[r]=a}createView(e){let r=this.fragment.cloneNode(!0),o=Object.create(this.proto);o.r=r,o.h=e??nc;for(let n of this.nodeIds)Reflect.get(o,n);return new ut(r,this.factories,o)}};function oa(t,e,r,o,n,a=!1){let l=r.attributes,d=t.directives;for(let g=0,p=l.length;g<p;++g){let s=l[g],f=s.value,P=nr.parse(f,d),E=null;P===null?a&&(E=new He(Pr(()=>f,t.policy)),te.assignAspect(E,s.name)):E=zr.aggregate(P,t.policy),E!==null&&(r.removeAttributeNode(s),g--,p--,t.addFactory(E,e,o,n,r.tagName))}}function ac(t,e,r,o,n){let a=nr.parse(e.textContent,t.directives);if(a===null)return Ie.node=e.nextSibling,Ie.index=n+1,Ie;let l,d=l=e;for(let g=0,p=a.length;g<p;++g){let s=a[g];g!==0&&(n++,o=ra(r,n),l=d.parentNode.insertBefore(document.createTextNode(""),d.nextSibling)),oe(s)?l.textContent=s:(l.textContent=" ",te.assignAspect(s),t.addFactory(s,r,o,n,null)),d=l}return Ie.index=n+1,Ie.node=d.nextSibling,Ie}function na(t,e,r){let o=0,n=e.firstChild;for(;n;){let a=ic(t,r,n,o);n=a.node,o=a.index}}function ic(t,e,r,o){let n=ra(e,o);switch(r.nodeType){case 1:oa(t,e,r,n,o),na(t,r,n);break;case 3:return ac(t,r,e,n,o);case 8:{let a=nr.parse(r.data,t.directives);a!==null&&t.addFactory(zr.aggregate(a),e,n,o,null);break}}return Ie.index=o+1,Ie.node=r.nextSibling,Ie}function lc(t,e){return t&&t.nodeType===8&&nr.parse(t.data,e)!==null}var ta="TEMPLATE",zr={compile(t,e,r=Re.policy){let o;if(oe(t)){o=document.createElement(ta),o.innerHTML=r.createHTML(t);let l=o.content.firstElementChild;l!==null&&l.tagName===ta&&(o=l)}else o=t;!o.content.firstChild&&!o.content.lastChild&&o.content.appendChild(document.createComment(""));let n=document.adoptNode(o.content),a=new Wo(n,e,r);return oa(a,"",o,"h",0,!0),(lc(n.firstChild,e)||n.childNodes.length===1&&Object.keys(e).length>0)&&n.insertBefore(document.createComment(""),n.firstChild),na(a,n,"r"),Ie.node=null,a.freeze()},setDefaultStrategy(t){this.compile=t},aggregate(t,e=Re.policy){if(t.length===1)return t[0];let r,o=!1,n,a=t.length,l=t.map(p=>oe(p)?()=>p:(r=p.sourceAspect||r,o=o||p.dataBinding.isVolatile,n=n||p.dataBinding.policy,p.dataBinding.evaluate)),d=(p,s)=>{let f="";for(let P=0;P<a;++P)f+=l[P](p,s);return f},g=new He(Fr(d,n??e,o));return te.assignAspect(g,r),g}};var cr=class extends dt{bind(e){e.source[this.options]=e.targets[this.targetNodeId]}};te.define(cr);var W=t=>new cr(t);var sc=/([ \x09\x0a\x0c\x0d])([^\0-\x1F\x7F-\x9F "'>=/]+)([ \x09\x0a\x0c\x0d]*=[ \x09\x0a\x0c\x0d]*(?:[^ \x09\x0a\x0c\x0d"'`<>=]*|"[^"]*|'[^']*))$/,cc=Object.create(null),xe=class{constructor(e,r=cc){this.html=e,this.factories=r}createHTML(e){let r=this.factories;for(let o in r)e(r[o]);return this.html}};xe.empty=new xe("");te.define(xe);function dc(t,e,r,o=te.getForInstance(t)){if(o.aspected){let n=sc.exec(e);n!==null&&te.assignAspect(t,n[2])}return t.createHTML(r)}var dr=class t{constructor(e,r={},o){this.policy=o,this.result=null,this.html=e,this.factories=r}compile(){return this.result===null&&(this.result=zr.compile(this.html,this.factories,this.policy)),this.result}inline(){return new xe(oe(this.html)?this.html:this.html.innerHTML,this.factories)}withPolicy(e){if(this.result)throw R.error(D.cannotSetTemplatePolicyAfterCompilation);if(this.policy)throw R.error(D.onlySetTemplatePolicyOnce);return this.policy=e,this}render(e,r,o){let n=this.create(o);return n.bind(e),n.appendTo(r),n}create(e){return this.compile().createView(e)}static create(e,r,o){let n="",a=Object.create(null),l=d=>{var g;let p=(g=d.id)!==null&&g!==void 0?g:d.id=or();return a[p]=d,p};for(let d=0,g=e.length-1;d<g;++d){let p=e[d],s=r[d],f;if(n+=p,$e(s))s=new He(Fr(s));else if(s instanceof tt)s=new He(s);else if(!(f=te.getForInstance(s))){let P=s;s=new He(Pr(()=>P))}n+=dc(s,p,l,f)}return new t(n+e[e.length-1],a,o)}};ne(dr);var F=((t,...e)=>{if(Array.isArray(t)&&Array.isArray(t.raw))return dr.create(t,e);throw R.error(D.directCallToHTMLTagNotAllowed)});F.partial=t=>new xe(t);var aa="slotchange",ur=class extends ar{observe(e){e.addEventListener(aa,this)}disconnect(e){e.removeEventListener(aa,this)}getNodes(e){return e.assignedNodes(this.options)}handleEvent(e){let r=e.currentTarget;this.updateTarget(this.getSource(r),this.computeNodes(r))}};te.define(ur);function be(t){return oe(t)&&(t={property:t}),new ur(t)}function gt(t){return t?typeof t=="string"?new xe(t):"inline"in t?t.inline():t:xe.empty}var Ht=class{};function Er(t){return F` <slot name="end" ${W("end")}>${gt(t.end)}</slot> `.inline()}function It(t){return F` <slot name="start" ${W("start")}>${gt(t.start)}</slot> `.inline()}function Rr(t,...e){let r=$t.locate(t);e.forEach(o=>{Object.getOwnPropertyNames(o.prototype).forEach(a=>{a!=="constructor"&&Object.defineProperty(t.prototype,a,Object.getOwnPropertyDescriptor(o.prototype,a))}),$t.locate(o).forEach(a=>r.push(a))})}var v=Object.freeze({prefix:"fluent",shadowRootMode:"open",registry:globalThis.customElements});var uc=":host([hidden]){display:none}";function G(t){return`${uc}:host{display:${t}}`}var Q="var(--colorNeutralForeground1)",ia="var(--colorNeutralForeground1Hover)",la="var(--colorNeutralForeground1Pressed)";var pr="var(--colorNeutralForeground2)",_r="var(--colorNeutralForeground2Hover)",Vr="var(--colorNeutralForeground2Pressed)";var jo="var(--colorNeutralForeground2BrandHover)",Go="var(--colorNeutralForeground2BrandPressed)";var Ne="var(--colorNeutralForeground3)";var Wr="var(--colorNeutralForeground4)";var nt="var(--colorNeutralForegroundDisabled)";var jr="var(--colorNeutralForegroundOnBrand)",Gr="var(--colorNeutralForegroundInverted)";var j="var(--colorNeutralBackground1)",Xr="var(--colorNeutralBackground1Hover)",qr="var(--colorNeutralBackground1Pressed)";var ht="var(--colorNeutralBackground3)";var Ur="var(--colorNeutralBackground6)";var sa="var(--colorNeutralBackgroundInverted)";var ca="var(--colorSubtleBackground)",da="var(--colorSubtleBackgroundHover)",ua="var(--colorSubtleBackgroundPressed)";var le="var(--colorTransparentBackground)",Xo="var(--colorTransparentBackgroundHover)",qo="var(--colorTransparentBackgroundPressed)";var Dt="var(--colorNeutralBackgroundDisabled)";var pa="var(--colorBackgroundOverlay)";var ga="var(--colorBrandBackground)",ha="var(--colorBrandBackgroundHover)",fa="var(--colorBrandBackgroundPressed)";var Kr="var(--colorCompoundBrandBackground)",ma="var(--colorCompoundBrandBackgroundHover)",ba="var(--colorCompoundBrandBackgroundPressed)";var ft="var(--colorNeutralStrokeAccessible)",gr="var(--colorNeutralStrokeAccessibleHover)",hr="var(--colorNeutralStrokeAccessiblePressed)";var je="var(--colorNeutralStroke1)",Lt="var(--colorNeutralStroke1Hover)",Ot="var(--colorNeutralStroke1Pressed)";var va="var(--colorNeutralStrokeOnBrand2)";var Sa="var(--colorBrandStroke1)",Ba="var(--colorBrandStroke2)";var Mt="var(--colorCompoundBrandStroke)";var ka="var(--colorCompoundBrandStrokePressed)",Ge="var(--colorNeutralStrokeDisabled)";var ve="var(--colorTransparentStroke)",fr="var(--colorTransparentStrokeInteractive)";var ya="var(--colorStrokeFocus1)",Xe="var(--colorStrokeFocus2)";var xa="var(--colorPaletteRedBackground1)";var Na="var(--colorPaletteRedBackground3)";var Pa="var(--colorPaletteRedBorder1)",Fa="var(--colorPaletteRedBorder2)",wa="var(--colorPaletteRedForeground1)";var $a="var(--colorPaletteGreenBackground1)";var Ta="var(--colorPaletteGreenBackground3)";var Aa="var(--colorPaletteGreenBorder1)";var Ca="var(--colorPaletteDarkOrangeBackground1)";var Ha="var(--colorPaletteDarkOrangeBackground3)";var Ia="var(--colorPaletteDarkOrangeBorder1)";var zt="var(--borderRadiusNone)",Yr="var(--borderRadiusSmall)",M="var(--borderRadiusMedium)",Da="var(--borderRadiusLarge)",La="var(--borderRadiusXLarge)";var Oa="var(--borderRadiusCircular)",w="var(--fontFamilyBase)";var Uo="var(--fontSizeBase100)",ue="var(--fontSizeBase200)",pe="var(--fontSizeBase300)",Pe="var(--fontSizeBase400)",Et="var(--fontSizeBase500)",Jr="var(--fontSizeBase600)",Ma="var(--fontSizeHero700)",za="var(--fontSizeHero800)",Ea="var(--fontSizeHero900)",Ra="var(--fontSizeHero1000)",K="var(--fontWeightRegular)";var Y="var(--fontWeightSemibold)",Qr="var(--fontWeightBold)",Ko="var(--lineHeightBase100)",re="var(--lineHeightBase200)",se="var(--lineHeightBase300)",Se="var(--lineHeightBase400)",Zr="var(--lineHeightBase500)",_a="var(--lineHeightBase600)",Va="var(--lineHeightHero700)",Wa="var(--lineHeightHero800)",ja="var(--lineHeightHero900)",Ga="var(--lineHeightHero1000)",eo="var(--shadow2)",Xa="var(--shadow4)";var qa="var(--shadow16)";var Ua="var(--shadow64)";var z="var(--strokeWidthThin)",ge="var(--strokeWidthThick)",to="var(--strokeWidthThicker)",Ka="var(--strokeWidthThickest)";var De="var(--spacingHorizontalXXS)",Fe="var(--spacingHorizontalXS)",Le="var(--spacingHorizontalSNudge)",Oe="var(--spacingHorizontalS)",ro="var(--spacingHorizontalMNudge)",Be="var(--spacingHorizontalM)",Ya="var(--spacingHorizontalL)";var Ja="var(--spacingHorizontalXXL)";var Yo="var(--spacingVerticalXXS)",mr="var(--spacingVerticalXS)",Jo="var(--spacingVerticalSNudge)",ke="var(--spacingVerticalS)",oo="var(--spacingVerticalMNudge)",Qa="var(--spacingVerticalM)",Za="var(--spacingVerticalL)";var Rt="var(--spacingVerticalXXL)";var no="var(--durationUltraFast)",ei="var(--durationFaster)";var ao="var(--durationNormal)",ti="var(--durationGentle)";var _t="var(--curveAccelerateMid)";var Vt="var(--curveDecelerateMid)";var io="var(--curveEasyEase)",ri="var(--curveLinear)";function oi(t,e){if("requestIdleCallback"in globalThis)return globalThis.requestIdleCallback(t,e);let r=Date.now();return setTimeout(()=>{t({didTimeout:e?.timeout?Date.now()-r>=e.timeout:!1,timeRemaining:()=>0})},e?.timeout??1)}function br(t,e,r){let o=r?.shallow??!1,n=r?.timeout??50,a=r?.idleCallback??!1,l=`${o?":scope > ":""}:not(:defined)`,d=g=>{if(t.querySelector(l)===null||g&&g.timeRemaining()<=0){a?oi(e,{timeout:n}):e();return}oi(d,{timeout:n})};d()}var vr={submit:"submit",reset:"reset",button:"button"};var ni=`${v.prefix}-button`;var pc=S`
  ${G("inline-flex")}

  :host {
    --icon-spacing: ${Le};
    position: relative;
    contain: layout style;
    vertical-align: middle;
    align-items: center;
    box-sizing: border-box;
    justify-content: center;
    text-align: center;
    text-decoration-line: none;
    margin: 0;
    min-height: 32px;
    outline-style: none;
    background-color: ${j};
    color: ${Q};
    border: ${z} solid ${je};
    padding: 0 ${Be};
    min-width: 96px;
    border-radius: ${M};
    font-size: ${pe};
    font-family: ${w};
    font-weight: ${Y};
    line-height: ${se};
    transition-duration: ${ei};
    transition-property: background, border, color;
    transition-timing-function: ${io};
    cursor: pointer;
    user-select: none;
  }

  .content {
    display: inherit;
  }

  :host(:hover) {
    background-color: ${Xr};
    color: ${ia};
    border-color: ${Lt};
  }

  :host(:hover:active) {
    background-color: ${qr};
    border-color: ${Ot};
    color: ${la};
    outline-style: none;
  }

  :host(:focus-visible) {
    border-color: ${ve};
    outline: ${ge} solid ${ve};
    box-shadow: ${Xa}, 0 0 0 2px ${Xe};
  }

  @media screen and (prefers-reduced-motion: reduce) {
    :host {
      transition-duration: 0.01ms;
    }
  }

  ::slotted(svg) {
    font-size: 20px;
    height: 20px;
    width: 20px;
    fill: currentColor;
  }

  ::slotted([slot='start']) {
    margin-inline-end: var(--icon-spacing);
  }

  ::slotted([slot='end']),
  [slot='end'] {
    flex-shrink: 0;
    margin-inline-start: var(--icon-spacing);
  }

  :host([icon-only]) {
    min-width: 32px;
    max-width: 32px;
  }

  :host([size='small']) {
    --icon-spacing: ${Fe};
    min-height: 24px;
    min-width: 64px;
    padding: 0 ${Oe};
    border-radius: ${Yr};
    font-size: ${ue};
    line-height: ${re};
    font-weight: ${K};
  }

  :host([size='small'][icon-only]) {
    min-width: 24px;
    max-width: 24px;
  }

  :host([size='large']) {
    min-height: 40px;
    border-radius: ${Da};
    padding: 0 ${Ya};
    font-size: ${Pe};
    line-height: ${Se};
  }

  :host([size='large'][icon-only]) {
    min-width: 40px;
    max-width: 40px;
  }

  :host([size='large']) ::slotted(svg) {
    font-size: 24px;
    height: 24px;
    width: 24px;
  }

  :host(:is([shape='circular'], [shape='circular']:focus-visible)) {
    border-radius: ${Oa};
  }

  :host(:is([shape='square'], [shape='square']:focus-visible)) {
    border-radius: ${zt};
  }

  :host([appearance='primary']) {
    background-color: ${ga};
    color: ${jr};
    border-color: transparent;
  }

  :host([appearance='primary']:hover) {
    background-color: ${ha};
  }

  :host([appearance='primary']:is(:hover, :hover:active):not(:focus-visible)) {
    border-color: transparent;
  }

  :host([appearance='primary']:is(:hover, :hover:active)) {
    color: ${jr};
  }

  :host([appearance='primary']:hover:active) {
    background-color: ${fa};
  }

  :host([appearance='primary']:focus-visible) {
    border-color: ${jr};
    box-shadow: ${eo}, 0 0 0 2px ${Xe};
  }

  :host([appearance='outline']) {
    background-color: ${le};
  }

  :host([appearance='outline']:hover) {
    background-color: ${Xo};
  }

  :host([appearance='outline']:hover:active) {
    background-color: ${qo};
  }

  :host([appearance='subtle']) {
    background-color: ${ca};
    color: ${pr};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover) {
    background-color: ${da};
    color: ${_r};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover:active) {
    background-color: ${ua};
    color: ${Vr};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover) ::slotted(svg) {
    fill: ${jo};
  }

  :host([appearance='subtle']:hover:active) ::slotted(svg) {
    fill: ${Go};
  }

  :host([appearance='transparent']) {
    background-color: ${le};
    color: ${pr};
  }

  :host([appearance='transparent']:hover) {
    background-color: ${Xo};
    color: ${jo};
  }

  :host([appearance='transparent']:hover:active) {
    background-color: ${qo};
    color: ${Go};
  }

  :host(:is([appearance='transparent'], [appearance='transparent']:is(:hover, :active))) {
    border-color: transparent;
  }
`,ai=S`
  ${pc}

  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable])),
  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable]):hover),
  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable]):hover:active) {
    background-color: ${Dt};
    border-color: ${Ge};
    color: ${nt};
    cursor: not-allowed;
  }

  :host([appearance='primary']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='primary']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    border-color: transparent;
  }

  :host([appearance='outline']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='outline']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    background-color: ${le};
  }

  :host([appearance='subtle']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='subtle']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    background-color: ${le};
    border-color: transparent;
  }

  :host([appearance='transparent']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='transparent']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    border-color: transparent;
    background-color: ${le};
  }

  @media (forced-colors: active) {
    :host {
      background-color: ButtonFace;
      color: ButtonText;
    }

    :host(:is(:hover, :focus-visible)) {
      border-color: Highlight !important;
    }

    :host([appearance='primary']:not(:is(:hover, :focus-visible))) {
      background-color: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }

    :host(
        :is(
            :disabled,
            [disabled],
            [disabled-focusable],
            [appearance]:disabled,
            [appearance][disabled],
            [appearance][disabled-focusable]
          )
      ) {
      background-color: ButtonFace;
      color: GrayText;
      border-color: ButtonText;
    }
  }
`;function gc(t={}){return F`
    <template
      @click="${(e,r)=>e.clickHandler(r.event)}"
      @keypress="${(e,r)=>e.keypressHandler(r.event)}"
    >
      ${It(t)}
      <span class="content" part="content">
        <slot ${be("defaultSlottedContent")}></slot>
      </span>
      ${Er(t)}
    </template>
  `}var ii=gc();var li={name:ni,registry:v.registry,styles:ai,template:ii};function Wt(t){let e=t.ownerDocument;t?.isConnected&&t?.hasAttribute("autofocus")&&t?.checkVisibility?.({contentVisibilityAuto:!0,visibilityProperty:!0})&&[null,t,e.body,e.documentElement].includes(e.activeElement)&&A.enqueue(()=>{t.focus()})}var Qo=class Qo extends I{disabledChanged(){this.setTabIndex()}disabledFocusableChanged(e,r){this.elementInternals&&(this.elementInternals.ariaDisabled=`${!!r}`)}get form(){return this.elementInternals.form}get labels(){return Object.freeze(Array.from(this.elementInternals.labels))}typeChanged(e,r){r!==vr.submit&&(this.formSubmissionFallbackControl?.remove(),this.shadowRoot?.querySelector('slot[name="internal"]')?.remove())}clickHandler(e){if(e&&this.disabledFocusable){e.stopImmediatePropagation();return}return this.press(),!0}connectedCallback(){super.connectedCallback(),this.elementInternals.ariaDisabled=`${!!this.disabledFocusable}`,this.setTabIndex(),Wt(this)}constructor(){super(),this.disabledFocusable=!1,this.elementInternals=this.attachInternals(),this.elementInternals.role="button"}createAndInsertFormSubmissionFallbackControl(){let e=this.formSubmissionFallbackControlSlot??document.createElement("slot");e.setAttribute("name","internal"),this.shadowRoot?.appendChild(e),this.formSubmissionFallbackControlSlot=e;let r=this.formSubmissionFallbackControl??document.createElement("button");r.style.display="none",r.setAttribute("type","submit"),r.setAttribute("slot","internal"),this.formNoValidate&&r.toggleAttribute("formnovalidate",!0),this.elementInternals.form?.id&&r.setAttribute("form",this.elementInternals.form.id),this.name&&r.setAttribute("name",this.name),this.value&&r.setAttribute("value",this.value),this.formAction&&r.setAttribute("formaction",this.formAction??""),this.formEnctype&&r.setAttribute("formenctype",this.formEnctype??""),this.formMethod&&r.setAttribute("formmethod",this.formMethod??""),this.formTarget&&r.setAttribute("formtarget",this.formTarget??""),this.append(r),this.formSubmissionFallbackControl=r}formDisabledCallback(e){this.disabled=e}keypressHandler(e){if(e&&this.disabledFocusable){e.stopImmediatePropagation();return}if(e.key==="Enter"||e.key===" "){this.click();return}return!0}press(){switch(this.type){case vr.reset:{this.resetForm();break}case vr.submit:{this.submitForm();break}}}resetForm(){this.elementInternals.form?.reset()}setTabIndex(){if(this.disabled){this.removeAttribute("tabindex");return}this.tabIndex=Number(this.getAttribute("tabindex")??0)<0?-1:0}submitForm(){if(!(!this.elementInternals.form||this.disabled||this.type!==vr.submit)){if(!this.name&&!this.formAction&&!this.formEnctype&&!this.formAttribute&&!this.formMethod&&!this.formNoValidate&&!this.formTarget){this.elementInternals.form.requestSubmit();return}try{this.elementInternals.setFormValue(this.value??""),this.elementInternals.form.requestSubmit(this)}catch{this.createAndInsertFormSubmissionFallbackControl(),this.elementInternals.setFormValue(null),this.elementInternals.form.requestSubmit(this.formSubmissionFallbackControl)}}}};Qo.formAssociated=!0;var Z=Qo;c([k],Z.prototype,"defaultSlottedContent",void 0);c([u({mode:"boolean"})],Z.prototype,"disabled",void 0);c([u({attribute:"disabled-focusable",mode:"boolean"})],Z.prototype,"disabledFocusable",void 0);c([u({attribute:"formaction"})],Z.prototype,"formAction",void 0);c([u({attribute:"form"})],Z.prototype,"formAttribute",void 0);c([u({attribute:"formenctype"})],Z.prototype,"formEnctype",void 0);c([u({attribute:"formmethod"})],Z.prototype,"formMethod",void 0);c([u({attribute:"formnovalidate",mode:"boolean"})],Z.prototype,"formNoValidate",void 0);c([u({attribute:"formtarget"})],Z.prototype,"formTarget",void 0);c([u],Z.prototype,"name",void 0);c([u],Z.prototype,"type",void 0);c([u],Z.prototype,"value",void 0);var qe=class extends Z{constructor(){super(...arguments),this.iconOnly=!1}};c([u],qe.prototype,"appearance",void 0);c([u],qe.prototype,"shape",void 0);c([u],qe.prototype,"size",void 0);c([u({attribute:"icon-only",mode:"boolean"})],qe.prototype,"iconOnly",void 0);Rr(qe,Ht);var Zo=CSS.supports("anchor-name: --a"),ng="anchor"in HTMLElement.prototype,en=CSS.supports("selector(:state(g))");var si=new Map;function $(t){return si.get(t)??si.set(t,en?`:state(${t})`:`[state--${t}]`).get(t)}function C(t,e,r){if(!(!e||!t)){if(!en){t.shadowRoot.host.toggleAttribute(`state--${e}`,r);return}if(r??!t.states.has(e)){t.states.add(e);return}t.states.delete(e)}}var tn=new WeakMap;function hc(t,e){if(!t||!e)return!1;if(tn.has(t))return tn.get(t).has(e);let r=new Set(Object.values(t));return tn.set(t,r),r.has(e)}function ci(t,e="",r="",o,n=""){C(t,`${n}${e}`,!1),(!o||hc(o,r))&&C(t,`${n}${r}`,!0)}var di=$("active"),ui=$("bad-input"),cg=$("checked"),pi=$("custom-error"),gi=$("description"),hi=$("disabled"),_=":is([disabled], :disabled)",dg=$("error"),fi=$("flip-block"),mi=$("focus-visible"),ug=$("has-message"),pg=$("indeterminate"),mt=$("multiple"),bi=$("open"),vi=$("pattern-mismatch"),Si=$("placeholder-shown"),gg=$("pressed"),Bi=$("range-overflow"),ki=$("range-underflow"),yi=$("required"),lo=$("selected"),xi=$("step-mismatch"),hg=$("submenu"),Ni=$("too-long"),Pi=$("too-short"),Fi=$("type-mismatch"),fg=$("user-invalid"),wi=$("valid"),$i=$("value-missing");var at={modal:"modal",nonModal:"non-modal",alert:"alert"};function Ti(t,e="-dialog"){return t?.nodeType!==Node.ELEMENT_NODE?!1:t.tagName.toLowerCase().endsWith(e)}var Ai=`${v.prefix}-dialog`;var ce=class extends I{constructor(){super(...arguments),this.emitToggle=()=>{this.$emit("toggle",{oldState:this.dialog.open?"closed":"open",newState:this.dialog.open?"open":"closed"})}}get dialogDescribedby(){if(this.dialog)return this.ariaDescribedby}get dialogLabel(){if(this.dialog)return this.ariaLabel}get dialogLabelledby(){if(this.dialog)return this.ariaLabelledby}get dialogModal(){if(this.dialog&&this.type!==at.nonModal)return!0}get dialogRole(){if(this.dialog&&this.type===at.alert)return"alertdialog"}connectedCallback(){super.connectedCallback(),A.enqueue(()=>{this.type=this.type??at.modal})}emitBeforeToggle(){this.$emit("beforetoggle",{oldState:this.dialog.open?"open":"closed",newState:this.dialog.open?"closed":"open"})}show(){A.enqueue(()=>{this.emitBeforeToggle(),this.type===at.alert||this.type===at.modal?this.dialog.showModal():this.type===at.nonModal&&this.dialog.show(),this.querySelector("[autofocus]")?.focus?.(),this.emitToggle()})}hide(){this.emitBeforeToggle(),this.dialog.close(),this.emitToggle()}clickHandler(e){return this.dialog.open&&this.type!==at.alert&&e.target===this.dialog&&this.hide(),!0}};c([k],ce.prototype,"dialog",void 0);c([u({attribute:"aria-describedby"})],ce.prototype,"ariaDescribedby",void 0);c([u({attribute:"aria-labelledby"})],ce.prototype,"ariaLabelledby",void 0);c([u({attribute:"aria-label"})],ce.prototype,"ariaLabel",void 0);c([u],ce.prototype,"type",void 0);c([Ae],ce.prototype,"dialogDescribedby",null);c([Ae],ce.prototype,"dialogLabel",null);c([Ae],ce.prototype,"dialogLabelledby",null);c([Ae],ce.prototype,"dialogModal",null);c([Ae],ce.prototype,"dialogRole",null);var Ci=S`
  @layer base {
    :host {
      --dialog-backdrop: ${pa};
      --dialog-starting-scale: 0.85;
    }

    ::backdrop {
      background: var(--dialog-backdrop, rgba(0, 0, 0, 0.4));
    }

    dialog {
      background: ${j};
      border-radius: ${La};
      border: none;
      box-shadow: ${Ua};
      color: ${Q};
      max-height: 100vh;
      padding: 0;
      width: 100%;
      max-width: 600px;
    }

    :host([type='non-modal']) dialog {
      inset: 0;
      z-index: 2;
      overflow: auto;
    }

    @supports (max-height: 1dvh) {
      dialog {
        max-height: 100dvh;
      }
    }
  }

  @layer animations {
    /* Disable animations for reduced motion */
    @media (prefers-reduced-motion: no-preference) {
      dialog,
      ::backdrop {
        transition: display allow-discrete, opacity, overlay allow-discrete, scale;
        transition-duration: ${ti};
        transition-timing-function: ${Vt};
        /* Set opacity to 0 when closed */
        opacity: 0;
      }
      ::backdrop {
        transition-timing-function: ${ri};
      }

      /* Set opacity to 1 when open */
      [open],
      [open]::backdrop {
        opacity: 1;
      }

      /* Exit styles for dialog */
      dialog:not([open]) {
        /* Make small when leaving */
        scale: var(--dialog-starting-scale);
        /* Faster leaving the stage then entering */
        transition-timing-function: ${_t};
      }
    }

    @starting-style {
      [open],
      [open]::backdrop {
        opacity: 0;
      }

      dialog {
        scale: var(--dialog-starting-scale);
      }
    }
  }

  @media (forced-colors: active) {
    @layer base {
      dialog {
        border: ${z} solid ${ve};
      }
    }
  }
`;var Hi=F`
  <dialog
    class="dialog"
    part="dialog"
    aria-modal="${t=>t.dialogModal}"
    aria-describedby="${t=>t.dialogDescribedby}"
    aria-labelledby="${t=>t.dialogLabelledby}"
    aria-label="${t=>t.dialogLabel}"
    role="${t=>t.dialogRole}"
    @click="${(t,e)=>t.clickHandler(e.event)}"
    @cancel="${t=>t.hide()}"
    ${W("dialog")}
  >
    <div tabindex="-1"></div>
    <slot></slot>
  </dialog>
`;var Ii={name:Ai,registry:v.registry,styles:Ci,template:Hi};var so=class extends I{clickHandler(e){if(!e.defaultPrevented){let r=this.parentElement;Ti(r)&&r.hide()}return!0}};var Di=`${v.prefix}-dialog-body`;var Li=S`
  ${G("grid")}

  :host {
    background: ${j};
    box-sizing: border-box;
    gap: ${ke};
    padding: ${Rt} ${Ja};
    container: dialog-body / inline-size;
  }

  .title {
    box-sizing: border-box;
    align-items: flex-start;
    background: ${j};
    color: ${Q};
    column-gap: 8px;
    display: flex;
    font-family: ${w};
    font-size: ${Et};
    font-weight: ${Y};
    inset-block-start: 0;
    justify-content: space-between;
    line-height: ${Zr};
    margin-block-end: calc(${ke} * -1);
    margin-block-start: calc(${Rt} * -1);
    padding-block-end: ${ke};
    padding-block-start: ${Rt};
  }

  .content {
    box-sizing: border-box;
    color: ${Q};
    font-family: ${w};
    font-size: ${pe};
    font-weight: ${K};
    line-height: ${se};
    min-height: 32px;
  }

  .actions {
    box-sizing: border-box;
    background: ${j};
    display: flex;
    flex-direction: column;
    gap: ${ke};
    inset-block-end: 0;
    margin-block-end: calc(${Rt} * -1);
    padding-block-end: ${Rt};
    padding-block-start: ${Za};
  }

  ::slotted([slot='title-action']) {
    margin-inline-start: auto;
  }

  ::slotted([slot='title']) {
    font: inherit;
    padding: 0;
    margin: 0;
  }

  /* align  title content to the end when there is no title*/
  :not(:has(:is([slot='title'], [slot='title-action']))) .title {
    justify-content: end;
  }

  @container (min-width: 480px) {
    .actions {
      align-items: center;
      flex-direction: row;
      justify-content: flex-end;
      margin-block-start: calc(${ke} * -1);
      padding-block-start: ${ke};
    }
  }

  /* For a11y, set sticky position for title and actions when the viewport is tall enough */
  @media (min-height: 480px) {
    .title {
      position: sticky;
      z-index: 1;
    }
    .actions {
      position: sticky;
      z-index: 2;
    }
  }
`;var Oi=F`
  <template>
    <div class="title" part="title">
      <slot name="title"></slot>
      <slot name="title-action"></slot>
      <slot name="close" @click="${(t,e)=>t.clickHandler(e.event)}"></slot>
    </div>
    <div class="content" part="content"><slot></slot></div>
    <div class="actions" part="actions"><slot name="action"></slot></div>
  </template>
`;var Mi={name:Di,registry:v.registry,styles:Li,template:Oi};var co=S.partial`
  font-family: ${w};
  font-size: ${pe};
  line-height: ${se};
  font-weight: ${K};
`,Jg=S.partial`
  font-family: ${w};
  font-size: ${pe};
  line-height: ${se};
  font-weight: ${Y};
`,Qg=S.partial`
  font-family: ${w};
  font-size: ${pe};
  line-height: ${se};
  font-weight: ${Qr};
`,zi=S.partial`
  font-family: ${w};
  font-size: ${Pe};
  line-height: ${Se};
  font-weight: ${K};
`,uo=S.partial`
  font-family: ${w};
  font-size: ${ue};
  line-height: ${re};
  font-weight: ${K};
`,Zg=S.partial`
  font-family: ${w};
  font-size: ${ue};
  line-height: ${re};
  font-weight: ${Y};
`,eh=S.partial`
  font-family: ${w};
  font-size: ${ue};
  line-height: ${re};
  font-weight: ${Qr};
`,th=S.partial`
  font-family: ${w};
  font-size: ${Uo};
  line-height: ${Ko};
  font-weight: ${K};
`,rh=S.partial`
  font-family: ${w};
  font-size: ${Uo};
  line-height: ${Ko};
  font-weight: ${Y};
`,oh=S.partial`
  font-family: ${w};
  font-size: ${Et};
  line-height: ${Zr};
  font-weight: ${Y};
`,nh=S.partial`
  font-family: ${w};
  font-size: ${Pe};
  line-height: ${Se};
  font-weight: ${Y};
`,ah=S.partial`
  font-family: ${w};
  font-size: ${Pe};
  line-height: ${Se};
  font-weight: ${Qr};
`,ih=S.partial`
  font-family: ${w};
  font-size: ${za};
  line-height: ${Wa};
  font-weight: ${Y};
`,lh=S.partial`
  font-family: ${w};
  font-size: ${Ma};
  line-height: ${Va};
  font-weight: ${Y};
`,sh=S.partial`
  font-family: ${w};
  font-size: ${Jr};
  line-height: ${_a};
  font-weight: ${Y};
`,ch=S.partial`
  font-family: ${w};
  font-size: ${Ea};
  line-height: ${ja};
  font-weight: ${Y};
`,dh=S.partial`
  font-family: ${w};
  font-size: ${Ra};
  line-height: ${Ga};
  font-weight: ${Y};
`;var Ei={filledDarker:"filled-darker",filledLighter:"filled-lighter",outline:"outline",transparent:"transparent"};var po={combobox:"combobox",dropdown:"dropdown",select:"select"},Ri=`${v.prefix}-dropdown`;var _i=S`
  ${G("inline-flex")}

  :host {
    box-sizing: border-box;
    color: ${Q};
    cursor: pointer;
  }

  :host(${Si}) {
    color: ${Wr};
  }

  .control {
    appearance: none;
    background-color: ${j};
    border-radius: ${M};
    border: ${z} solid ${ve};
    box-shadow: inset 0 0 0 ${z} var(--control-border-color);
    box-sizing: border-box;
    color: inherit;
    column-gap: ${De};
    display: inline-flex;
    justify-content: space-between;
    min-width: 160px;
    overflow: hidden;
    padding: ${Jo} ${ro};
    white-space: normal;
    position: relative;
    text-align: start;
    width: 100%;
    z-index: 1;
    ${co}
  }

  :host([size='small']) .control {
    column-gap: ${De};
    padding: ${mr} ${Le};
    ${uo}
  }

  :host([size='large']) .control {
    column-gap: ${Oe};
    padding: ${ke} ${Be};
    ${zi}
  }

  ::slotted(:is(input, button)) {
    all: unset;
    flex: 1 1 auto;
  }

  ::slotted(button) {
    cursor: pointer;
  }

  ::slotted(input) {
    cursor: text;
  }

  :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
    all: unset;
    align-items: center;
    appearance: none;
    aspect-ratio: 1;
    color: ${Ne};
    display: inline-flex;
    justify-content: center;
    width: 20px;
  }

  :host([size='small']) :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
    width: 16px;
  }

  :host([size='large']) :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
    width: 24px;
  }

  .control::after,
  .control::before {
    content: '' / '';
    inset: auto 0 0;
    pointer-events: none;
    position: absolute;
  }

  .control::before {
    height: ${z};
  }

  .control::after {
    background-color: ${Mt};
    height: ${ge};
    scale: 0 1;
    transition: scale ${no} ${Vt};
  }

  /**
  * focus-ring style uses lingering :focus-within selector due to platform limitations
  * TODO: Convert selector to \`:host(:has(:focus-visible)) .control\` when browser support increases
  * ISSUE: https://issues.chromium.org/issues/40062355
  */
  :host(:where(:focus-within)) .control {
    border-radius: ${M};
    box-shadow: inset 0 0 0 1px ${ya};
    outline: ${ge} solid ${Xe};
  }

  :host(:where(${bi}, :focus-within)) .control::after {
    scale: 1 1;
    transition-duration: ${ao};
    transition-timing-function: ${_t};
  }

  :host(:where([appearance='outline'], [appearance='transparent'])) .control::before {
    background-color: ${ft};
  }

  :host([appearance='transparent']) .control {
    --control-border-color: ${fr};
    background-color: ${le};
    border-radius: ${zt};
  }

  :host([appearance='outline']) .control {
    --control-border-color: ${je};
  }

  :host([appearance='outline']) .control:hover {
    --control-border-color: ${Lt};
  }

  :host(:where([appearance='outline'], [appearance='transparent'])) .control:hover::before {
    background-color: ${gr};
  }

  :host([appearance='outline']) .control:hover::after {
    background-color: ${ma};
  }

  :host([appearance='outline']) .control:active {
    --control-border-color: ${Ot};
  }

  :host(:where([appearance='outline'], [appearance='transparent'])) .control:active::before {
    background-color: ${hr};
  }

  :host(:where([appearance='outline'], [appearance='transparent'])) .control:active::after {
    background-color: ${ba};
  }

  :host([appearance='filled-darker']) .control {
    background-color: ${ht};
  }

  :host(:where([appearance='filled-lighter'], [appearance='filled-darker'])) .control {
    --control-border-color: ${ve};
  }

  :host(${_}),
  :host(${_}) ::slotted(:where(button, input)) {
    cursor: not-allowed;
  }

  :host(${_}) .control::before,
  :host(${_}) .control::after {
    content: none;
  }

  :host(${_}) .control:is(*, :active, :hover),
  :host(${_}) :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
    --control-border-color: ${Ge};
    background-color: ${Dt};
    color: ${nt};
  }

  ::slotted(:not([slot]):not([popover])),
  ::slotted([popover]:not(:popover-open)) {
    display: none;
  }

  @supports not (anchor-name: --anchor) {
    :host {
      --listbox-max-height: 50vh;
      --margin-offset: calc(${se} + (${Jo} * 2) + ${z});
    }

    :host([size='small']) {
      --margin-offset: calc(${re} + (${mr} * 2) + ${z});
    }

    :host([size='large']) {
      --margin-offset: calc(${Se} + (${ke} * 2) + ${z});
    }
  }

  @media (forced-colors: active) {
    :host(${_}) .control {
      border-color: GrayText;
    }
    :host(${_}) :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
      color: GrayText;
    }
  }
`;var fc=F`
  <svg class="chevron-down-20-regular" aria-hidden="true" slot="indicator" viewBox="0 0 20 20" ${W("indicator")}>
    <path
      d="M15.85 7.65a.5.5 0 0 1 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16a.5.5 0 0 1 .7 0"
      fill="currentColor"
    />
  </svg>
`,Vi=F`
  <input
    @input="${(t,e)=>t.inputHandler(e.event)}"
    @change="${(t,e)=>t.changeHandler(e.event)}"
    aria-activedescendant="${t=>t.activeDescendant}"
    aria-controls="${t=>t.listbox?.id??null}"
    aria-labelledby="${t=>t.ariaLabelledBy}"
    aria-expanded="${t=>t.open}"
    aria-haspopup="listbox"
    placeholder="${t=>t.placeholder}"
    role="combobox"
    ?disabled="${t=>t.disabled}"
    type="${t=>t.type}"
    value="${t=>t.valueAttribute}"
    slot="control"
    ${W("control")}
  />
`,Wi=F`
  <button
    aria-activedescendant="${t=>t.activeDescendant}"
    aria-controls="${t=>t.listbox?.id??null}"
    aria-expanded="${t=>t.open}"
    aria-haspopup="listbox"
    role="combobox"
    ?disabled="${t=>t.disabled}"
    type="button"
    slot="control"
    ${W("control")}
  >
    ${t=>t.displayValue}
  </button>
`;function mc(t={}){return F`
    <template
      @click="${(e,r)=>e.clickHandler(r.event)}"
      @focusout="${(e,r)=>e.focusoutHandler(r.event)}"
      @keydown="${(e,r)=>e.keydownHandler(r.event)}"
      @mousedown="${(e,r)=>e.mousedownHandler(r.event)}"
    >
      <div class="control">
        <slot name="control" ${W("controlSlot")}></slot>
        <slot name="indicator" ${W("indicatorSlot")}>${gt(t.indicator)}</slot>
      </div>
      <slot @slotchange="${(e,r)=>e.slotchangeHandler(r.event)}"></slot>
    </template>
  `}var ji=mc({indicator:fc});var Gi={name:Ri,registry:v.registry,styles:_i,template:ji};function rn(t,e="-listbox"){return t?.nodeType!==Node.ELEMENT_NODE?!1:t.tagName.toLowerCase().endsWith(e)}var Xi=`${v.prefix}-listbox`;function Ue(t,e="-option"){return t?.nodeType!==Node.ELEMENT_NODE?!1:t.tagName.toLowerCase().endsWith(e)}var qi=`${v.prefix}-option`;var Ui={ltr:"ltr",rtl:"rtl"},Ki=t=>t.closest("[dir]")?.dir==="rtl"?Ui.rtl:Ui.ltr;function on(t){return t.closest("[lang]")?.lang??"en"}var bc=0;function he(t="id-"){let e=`${t}${bc++}`;return document.getElementById(e)?he(t):e}var it=class it extends I{get activeDescendant(){if(this.open)return this.enabledOptions[this.activeIndex]?.id}activeIndexChanged(e,r){if(typeof r=="number"){let o=this.matches(":has(:focus-visible)")?r:-1;this.enabledOptions.forEach((n,a)=>{n.active=a===o}),this.open&&this.enabledOptions[o]?.scrollIntoView({block:"nearest"})}}controlChanged(e,r){r&&(r.id=r.id||he("input-"))}disabledChanged(e,r){this.listbox&&A.enqueue(()=>{this.options.forEach(o=>{o.disabled=o.disabledAttribute||this.disabled})})}get displayValue(){if(!this.$fastController.isConnected||!this.control||this.isCombobox&&this.multiple)return C(this.elementInternals,"placeholder-shown",!1),"";this.listFormatter=this.listFormatter??new Intl.ListFormat(on(this),{type:"conjunction",style:"narrow"});let e=this.listFormatter.format(this.selectedOptions.map(r=>r.text));return C(this.elementInternals,"placeholder-shown",!e),this.isCombobox?e:e||this.placeholder}listboxChanged(e,r){if(e&&B.getNotifier(this).unsubscribe(e),r){r.dropdown=this,r.popover="manual",r.tabIndex=-1;let o=B.getNotifier(this);if(o.subscribe(r),o.notify("multiple"),A.enqueue(()=>{this.options.forEach(n=>{n.disabled=n.disabledAttribute||this.disabled,n.name=this.name}),this.enabledOptions.filter(n=>n.defaultSelected).forEach((n,a)=>{n.selected=this.multiple||a===0}),this.setValidity()}),Zo){let n=he("--dropdown-anchor-");this.style.setProperty("anchor-name",n),this.listbox.style.setProperty("position-anchor",n)}}}multipleChanged(e,r){this.elementInternals.ariaMultiSelectable=r?"true":"false",C(this.elementInternals,"multiple",r),this.value=null}nameChanged(e,r){this.listbox&&A.enqueue(()=>{this.options.forEach(o=>{o.name=r})})}openChanged(e,r){C(this.elementInternals,"open",r),this.elementInternals.ariaExpanded=r?"true":"false",this.activeIndex=this.selectedIndex??-1,Zo||this.anchorPositionFallback(r)}typeChanged(e,r){this.$fastController.isConnected&&this.insertControl()}get enabledOptions(){return this.listbox?.enabledOptions??Array.from(this.querySelectorAll("*")).filter(e=>Ue(e)&&!e.disabled)}get freeformOption(){return this.enabledOptions.find(e=>e.freeform)}get isCombobox(){return this.type===po.combobox}get labels(){return Object.freeze(Array.from(this.elementInternals.labels))}get options(){return this.listbox?.options??Array.from(this.querySelectorAll("*")).filter(e=>Ue(e))}get selectedIndex(){return this.enabledOptions.findIndex(e=>e.selected)??-1}get selectedOptions(){return this.listbox?.selectedOptions??[]}get validationMessage(){if(this.elementInternals.validationMessage)return this.elementInternals.validationMessage;if(!this._validationFallbackMessage){let e=document.createElement("input");e.type="radio",e.name="validation-message-fallback",e.required=!0,e.checked=!1,this._validationFallbackMessage=e.validationMessage}return!this.disabled&&this.required&&this.listbox.selectedOptions.length===0?this._validationFallbackMessage:""}get validity(){return this.elementInternals.validity}get value(){return B.notify(this,"value"),this.enabledOptions.find(e=>e.selected)?.value??null}set value(e){this.multiple||(this.selectOption(this.enabledOptions.findIndex(r=>r.value===e)),B.track(this,"value"))}get willValidate(){return this.elementInternals.willValidate}changeHandler(e){if(this===e.target)return!0;let r=this.isCombobox?this.enabledOptions.findIndex(o=>o.text===this.control.value):this.enabledOptions.indexOf(e.target);return this.selectOption(r,!0),!0}checkValidity(){return this.elementInternals.checkValidity()}clickHandler(e){if(this.disabled)return;let r=e.target;if(this.focus(),(r===this.control||e.composedPath().includes(this.indicator))&&!this.isCombobox)return this.listbox.togglePopover(),!0;if(!this.open)return this.listbox.showPopover(),!0;if(Ue(r)){if(r.disabled)return;this.selectOption(this.enabledOptions.indexOf(r),!0),this.multiple||(this.isCombobox&&(this.control.value=r.text,this.updateFreeformOption()),this.listbox.hidePopover())}return!0}constructor(){super(),this.activeIndex=0,this.id=he("dropdown-"),this.required=!1,this.type=po.dropdown,this.valueAttribute="",this.repositionListbox=()=>{this.frameId&&cancelAnimationFrame(this.frameId),this.frameId=requestAnimationFrame(()=>{let e=this.getBoundingClientRect(),r=window.innerWidth-e.right,o=e.left;this.listbox.style.minWidth=`${e.width}px`,this.listbox.style.top=`${e.top}px`,o+e.width>window.innerWidth||Ki(this)==="rtl"&&r-e.width>0?(this.listbox.style.right=`${r}px`,this.listbox.style.left="unset"):(this.listbox.style.left=`${o}px`,this.listbox.style.right="unset")})},this.elementInternals=this.attachInternals(),this._insertingControl=!1,this.searchTimeoutMs=500,this.searchString="",this.elementInternals.role="presentation"}filterOptions(e,r=this.enabledOptions){return this.listCollator||(this.listCollator=new Intl.Collator(on(this),{usage:"search",sensitivity:"base"})),r.filter(o=>this.listCollator.compare(o.text.substring(0,Math.min(o.text.length,e.length)),e)===0)}focus(e){this.disabled||this.control.focus(e)}focusoutHandler(e){let r=e.relatedTarget;return this.open&&!this.contains(r)&&this.listbox.togglePopover(),!0}formResetCallback(){this.enabledOptions.forEach((e,r)=>{if(this.multiple){e.selected=!!e.defaultSelected;return}if(!e.defaultSelected){e.selected=!1;return}this.selectOption(r)}),this.setValidity()}getEnabledIndexInBounds(e,r=this.enabledOptions.length||0){return r===0?-1:(e+r)%r}inputHandler(e){this.open||this.listbox.showPopover(),this.updateFreeformOption();let r=this.control.value,o=this.enabledOptions.indexOf(this.filterOptions(r)[0]??null);return this.activeIndex=o,!0}insertControl(){if(!this._insertingControl){if(this._insertingControl=!0,this.controlSlot?.assignedNodes().forEach(e=>this.removeChild(e)),this.type===po.combobox){Vi.render(this,this);return}Wi.render(this,this),this._insertingControl=!1}}handleSearchCharacter(e){let r=this.searchString===e.repeat(this.searchString.length);this.searchString+=e;let o=this.searchString.length>1?this.filterOptions(this.searchString):[],n=!1;if(!o.length&&r&&(o=this.filterOptions(e),n=!0),o.length){let a=this.enabledOptions[this.activeIndex],l=o.indexOf(a),d=n?o[this.getEnabledIndexInBounds(l+1,o.length)]:l>=0?a:o[0];this.activeIndex=this.enabledOptions.indexOf(d)}clearTimeout(this.searchTimeout),this.searchTimeout=setTimeout(()=>{this.searchString="",this.searchTimeout=void 0},this.searchTimeoutMs)}keydownHandler(e){let r=0;switch(e.key){case"ArrowUp":{e.preventDefault(),r=-1;break}case"ArrowDown":{e.preventDefault(),r=1;break}case" ":case"Enter":case"Tab":{if(e.key===" "){if(this.isCombobox)break;e.preventDefault()}if(this.open){if(this.selectOption(this.activeIndex,!0),this.multiple)break;return this.listbox.hidePopover(),e.key==="Tab"}this.listbox.showPopover();break}case"Escape":{this.activeIndex=this.multiple?0:this.selectedIndex,this.listbox.hidePopover();break}}if(!r)return!this.isCombobox&&e.key.length===1&&e.key!==" "&&!e.ctrlKey&&!e.metaKey&&!e.altKey&&(this.open||this.listbox.showPopover(),this.handleSearchCharacter(e.key)),!0;if(!this.open){this.listbox.showPopover();return}let o=this.activeIndex;o+=r;let n=this.getEnabledIndexInBounds(o);return n===0&&this.freeformOption?.hidden&&(n=this.getEnabledIndexInBounds(o+r)),this.activeIndex=n,!0}mousedownHandler(e){if(!(this.disabled||e.target===this.control&&!this.isCombobox))return!Ue(e.target)}reportValidity(){return this.elementInternals.reportValidity()}selectOption(e=this.selectedIndex,r=!1){this.listbox.selectOption(e),this.control&&(this.control.value=this.displayValue),this.setValidity(),this.updateFreeformOption(),r&&this.$emit("change")}setValidity(e,r,o){if(!this.elementInternals)return;if(this.disabled||!this.required){this.elementInternals.setValidity({});return}let n=this.required&&this.listbox.selectedOptions.length===0;this.elementInternals.setValidity({valueMissing:n,...e},r??this.validationMessage,o??this.control)}slotchangeHandler(e){let r=e.target;br(this,()=>{let o=r.assignedElements().find(n=>rn(n));o&&(this.listbox=o)})}updateFreeformOption(e=this.control.value){if(this.freeformOption){if(e===""||this.filterOptions(e,this.enabledOptions.filter(r=>!r.freeform)).length){this.freeformOption.value="",this.freeformOption.selected=!1,this.freeformOption.hidden=!0;return}this.freeformOption.value=e,this.freeformOption.hidden=!1}}connectedCallback(){super.connectedCallback(),A.enqueue(()=>{this.insertControl()}),Wt(this)}disconnectedCallback(){it.AnchorPositionFallbackObserver?.disconnect(),this.debounceController?.abort(),this.searchTimeout&&(clearTimeout(this.searchTimeout),this.searchTimeout=void 0,this.searchString=""),super.disconnectedCallback()}anchorPositionFallback(e){if(it.AnchorPositionFallbackObserver||(it.AnchorPositionFallbackObserver=new IntersectionObserver(r=>{r.forEach(({boundingClientRect:o,isIntersecting:n,target:a})=>{if(rn(a)){if(o.bottom>window.innerHeight){C(a.elementInternals,"flip-block",!0);return}o.top<0&&C(a.elementInternals,"flip-block",!1)}})},{threshold:1})),e){this.debounceController=new AbortController,it.AnchorPositionFallbackObserver.observe(this.listbox),window.addEventListener("scroll",this.repositionListbox,{passive:!0,capture:!0,signal:this.debounceController.signal}),window.addEventListener("resize",this.repositionListbox,{passive:!0,signal:this.debounceController.signal}),this.repositionListbox();return}it.AnchorPositionFallbackObserver.unobserve(this.listbox),this.debounceController?.abort(),this.frameId&&(cancelAnimationFrame(this.frameId),this.frameId=void 0)}};it.formAssociated=!0;var L=it;c([Ae],L.prototype,"activeDescendant",null);c([k],L.prototype,"activeIndex",void 0);c([u({attribute:"aria-labelledby",mode:"fromView"})],L.prototype,"ariaLabelledBy",void 0);c([k],L.prototype,"control",void 0);c([u({mode:"boolean"})],L.prototype,"disabled",void 0);c([Ae],L.prototype,"displayValue",null);c([u({attribute:"id"})],L.prototype,"id",void 0);c([k],L.prototype,"indicator",void 0);c([k],L.prototype,"indicatorSlot",void 0);c([u({attribute:"value",mode:"fromView"})],L.prototype,"initialValue",void 0);c([k],L.prototype,"listbox",void 0);c([u({mode:"boolean"})],L.prototype,"multiple",void 0);c([u],L.prototype,"name",void 0);c([k],L.prototype,"open",void 0);c([u],L.prototype,"placeholder",void 0);c([u({mode:"boolean"})],L.prototype,"required",void 0);c([u],L.prototype,"type",void 0);c([u({attribute:"value"})],L.prototype,"valueAttribute",void 0);var jt=class extends L{constructor(){super(...arguments),this.appearance=Ei.outline}};c([u],jt.prototype,"appearance",void 0);c([u],jt.prototype,"size",void 0);var Yi=S`
  ${G("inline-flex")}

  :host {
    background-color: ${j};
    border-radius: ${M};
    border: ${z} solid ${ve};
    box-shadow: ${qa};
    box-sizing: border-box;
    flex-direction: column;
    margin: 0;
    min-inline-size: 160px;
    padding: ${Fe};
    row-gap: ${De};
    width: auto;
  }

  :host([popover]) {
    inset: unset;
    overflow: auto;
  }

  @supports (anchor-name: --anchor) {
    :host([popover]) {
      position: fixed;
      max-block-size: var(--listbox-max-height, calc(50vh - anchor-size(self-block)));
      min-inline-size: anchor-size(inline);
      inset-block-start: anchor(outside);
      inset-inline-start: anchor(inside);
      position-try-fallbacks: flip-block, flip-inline, flip-inline flip-block;
    }
  }

  @supports not (anchor-name: --anchor) {
    :host([popover]) {
      margin-block-start: var(--margin-offset, 0);
      max-block-size: var(--listbox-max-height, 50vh);
      position: absolute;
    }

    :host([popover]${fi}) {
      margin-block-start: revert;
      translate: 0 -100%;
    }
  }
`;function vc(){return F`
    <template
      @beforetoggle="${(t,e)=>t.beforetoggleHandler(e.event)}"
      @click="${(t,e)=>t.clickHandler(e.event)}"
    >
      <slot ${W("defaultSlot")} @slotchange="${(t,e)=>t.slotchangeHandler(e.event)}"></slot>
    </template>
  `}var Ji=vc();var Qi={name:Xi,registry:v.registry,styles:Yi,template:Ji};var Ke=class extends I{defaultSlotChanged(){this.slotchangeHandler()}multipleChanged(e,r){this.elementInternals.ariaMultiSelectable=r?"true":"false",C(this.elementInternals,"multiple",r),A.enqueue(()=>{this.options.forEach(o=>{o.multiple=!!r})})}optionsChanged(e,r){r?.forEach((o,n)=>{o.elementInternals.ariaPosInSet=`${n+1}`,o.elementInternals.ariaSetSize=`${r.length}`})}beforetoggleHandler(e){if(!this.dropdown)return!0;if(this.dropdown.disabled){this.dropdown.open=!1;return}return this.dropdown.open=e.newState==="open",!0}get enabledOptions(){return this.options?.filter(e=>!e.disabled)??Array.from(this.querySelectorAll("*")).filter(e=>Ue(e)&&!e.disabled)??[]}get selectedOptions(){return this.options?.filter(e=>e.selected)??[]}clickHandler(e){if(this.dropdown)return!0;let r=e.target;return Ue(r)&&this.selectOption(this.enabledOptions.indexOf(r)),!0}constructor(){super(),this.elementInternals=this.attachInternals(),this.elementInternals.role="listbox"}connectedCallback(){super.connectedCallback(),br(this,()=>{this.id=this.id||he("listbox-")},{shallow:!0})}handleChange(e,r){if(r==="multiple"){this.multiple=e.multiple;return}}selectOption(e=this.selectedIndex){let r=this.selectedIndex;if(!this.multiple)this.enabledOptions.forEach((o,n)=>{let a=n===e;o.selected=a,a&&(r=n)});else{let o=this.enabledOptions[e];o&&(o.selected=!o.selected),r=e}this.selectedIndex=r}slotchangeHandler(e){br(this,()=>{if(this.defaultSlot){let r=this.defaultSlot.assignedElements().filter(o=>Ue(o));this.options=r}})}};c([k],Ke.prototype,"defaultSlot",void 0);c([k],Ke.prototype,"multiple",void 0);c([k],Ke.prototype,"options",void 0);c([k],Ke.prototype,"selectedIndex",void 0);c([k],Ke.prototype,"dropdown",void 0);var Zi={above:"above",after:"after",before:"before"},de={badInput:"bad-input",customError:"custom-error",patternMismatch:"pattern-mismatch",rangeOverflow:"range-overflow",rangeUnderflow:"range-underflow",stepMismatch:"step-mismatch",tooLong:"too-long",tooShort:"too-short",typeMismatch:"type-mismatch",valueMissing:"value-missing",valid:"valid"},el=`${v.prefix}-field`;var lt=class extends I{get slottedInputObserver(){return this._slottedInputObserver??=new MutationObserver(()=>{this.setStates()}),this._slottedInputObserver}labelSlotChanged(e,r){r&&this.input&&(this.setLabelProperties(),this.setStates())}messageSlotChanged(e,r){C(this.elementInternals,"has-message",!!r.length)}slottedInputsChanged(e,r){let o=r?.filter(n=>n.nodeType===Node.ELEMENT_NODE)??[];o?.length&&(this.input=o?.[0])}inputChanged(e,r){r&&(this.setStates(),this.setLabelProperties(),this.slottedInputObserver.observe(r,{attributes:!0,attributeFilter:["disabled","required","readonly"],subtree:!0}))}changeHandler(e){return this.setStates(),this.setValidationStates(),!0}clickHandler(e){return this===e.target&&this.input.click(),!0}constructor(){super(),this.labelSlot=[],this.elementInternals=this.attachInternals(),this.elementInternals.role="presentation"}connectedCallback(){super.connectedCallback(),this.addEventListener("invalid",this.invalidHandler,{capture:!0})}disconnectedCallback(){this.slottedInputObserver.disconnect(),this.removeEventListener("invalid",this.invalidHandler,{capture:!0}),super.disconnectedCallback()}focusinHandler(e){return this.matches(":focus-within:has(> :focus-visible)")&&C(this.elementInternals,"focus-visible",!0),!0}focusoutHandler(e){return C(this.elementInternals,"focus-visible",!1),!0}invalidHandler(e){this.messageSlot.length&&e.preventDefault(),this.setValidationStates()}setLabelProperties(){this.$fastController.isConnected&&(this.input.id=this.input.id||he("input"),this.labelSlot?.forEach(e=>{e instanceof HTMLLabelElement&&(e.htmlFor=e.htmlFor||this.input.id,e.id=e.id||`${this.input.id}--label`,this.input.setAttribute("aria-labelledby",e.id))}))}setStates(){this.elementInternals&&this.input&&(C(this.elementInternals,"disabled",!!this.input.disabled),C(this.elementInternals,"readonly",!!this.input.readOnly),C(this.elementInternals,"required",!!this.input.required),C(this.elementInternals,"checked",!!this.input.checked))}setValidationStates(){if(this.input?.validity)for(let[e,r]of Object.entries(de))C(this.elementInternals,r,this.input.validity[e])}};c([k],lt.prototype,"labelSlot",void 0);c([k],lt.prototype,"messageSlot",void 0);c([k],lt.prototype,"slottedInputs",void 0);c([k],lt.prototype,"input",void 0);var Sr=class extends lt{constructor(){super(...arguments),this.labelPosition=Zi.above}};c([u({attribute:"label-position"})],Sr.prototype,"labelPosition",void 0);var tl=S`
  ${G("inline-grid")}

  :host {
    color: ${Q};
    align-items: center;
    gap: 0 ${Be};
    justify-items: start;
  }

  :has([slot='message']) {
    color: ${Q};
    row-gap: ${ke};
  }

  :not(::slotted([slot='label'])) {
    gap: 0;
  }

  :host([label-position='before']) {
    grid-template-areas: 'label input' 'label message';
  }

  :host([label-position='after']) {
    gap: 0;
    grid-template-areas: 'input label' 'message message';
    grid-template-columns: auto 1fr;
  }

  :host([label-position='after']) ::slotted([slot='input']) {
    margin-inline-end: ${Be};
  }

  :host([label-position='above']) {
    grid-template-areas: 'label' 'input' 'message';
    row-gap: ${Yo};
  }

  :host([label-position='below']) {
    grid-template-areas: 'input' 'label' 'message';
    justify-items: center;
  }

  :host([label-position='below']) ::slotted([slot='label']) {
    margin-block-start: ${Qa};
  }

  :host(${yi}) ::slotted([slot='label'])::after {
    content: '*' / '';
    color: ${wa};
    margin-inline-start: ${Fe};
  }

  ::slotted([slot='input']) {
    grid-area: input;
  }

  ::slotted([slot='message']) {
    color: ${Ne};
    font-family: ${w};
    font-size: ${ue};
    font-weight: ${K};
    grid-area: message;
    line-height: ${re};
    margin-block-start: ${Yo};
  }

  :host(${mi}:focus-within) {
    border-radius: ${M};
    outline: ${ge} solid ${Xe};
  }

  ::slotted(label),
  ::slotted([slot='label']) {
    cursor: inherit;
    display: inline-flex;
    font-family: ${w};
    font-size: ${pe};
    font-weight: ${K};
    grid-area: label;
    line-height: ${se};
    justify-self: stretch;
    user-select: none;
  }

  :host([size='small']) ::slotted(label) {
    font-size: ${ue};
    line-height: ${re};
  }

  :host([size='large']) ::slotted(label) {
    font-size: ${Pe};
    line-height: ${Se};
  }

  :host([size='large']) ::slotted(label),
  :host([weight='semibold']) ::slotted(label) {
    font-weight: ${Y};
  }

  :host(${hi}) {
    cursor: default;
  }

  ::slotted([flag]) {
    display: none;
  }

  :host(${ui}) ::slotted([flag='${de.badInput}']),
  :host(${pi}) ::slotted([flag='${de.customError}']),
  :host(${vi}) ::slotted([flag='${de.patternMismatch}']),
  :host(${Bi}) ::slotted([flag='${de.rangeOverflow}']),
  :host(${ki}) ::slotted([flag='${de.rangeUnderflow}']),
  :host(${xi}) ::slotted([flag='${de.stepMismatch}']),
  :host(${Ni}) ::slotted([flag='${de.tooLong}']),
  :host(${Pi}) ::slotted([flag='${de.tooShort}']),
  :host(${Fi}) ::slotted([flag='${de.typeMismatch}']),
  :host(${$i}) ::slotted([flag='${de.valueMissing}']),
  :host(${wi}) ::slotted([flag='${de.valid}']) {
    display: block;
  }
`;var rl=F`
  <template
    @click="${(t,e)=>t.clickHandler(e.event)}"
    @change="${(t,e)=>t.changeHandler(e.event)}"
    @focusin="${(t,e)=>t.focusinHandler(e.event)}"
    @focusout="${(t,e)=>t.focusoutHandler(e.event)}"
  >
    <slot name="label" part="label" ${be("labelSlot")}></slot>
    <slot name="input" part="input" ${be("slottedInputs")}></slot>
    <slot name="message" part="message" ${be({property:"messageSlot",filter:ir("[flag]")})}></slot>
  </template>
`;var ol={name:el,registry:v.registry,shadowOptions:{delegatesFocus:!0},styles:tl,template:rl};var nl=`${v.prefix}-message-bar`;var al=S`
  :host {
    display: grid;
    box-sizing: border-box;
    font-family: ${w};
    font-size: ${ue};
    line-height: ${re};
    width: 100%;
    background: ${ht};
    color: ${Ne};
    border: 1px solid ${je};
    padding-inline: ${Be};
    border-radius: ${M};
    min-height: 36px;
    align-items: center;
    grid-template: 'icon body actions dismiss' / auto 1fr auto auto;
    contain: layout style paint;
  }

  :host([shape='square']) {
    border-radius: 0;
  }

  :host([intent='success']) {
    background-color: ${$a};
    border-color: ${Aa};
  }

  :host([intent='warning']) {
    background-color: ${Ca};
    border-color: ${Ia};
  }

  :host([intent='error']) {
    background-color: ${xa};
    border-color: ${Pa};
  }

  :host([layout='multiline']) {
    grid-template-areas:
      'icon body dismiss'
      'actions actions actions';
    grid-template-columns: auto 1fr auto;
    grid-template-rows: auto auto 1fr;
    padding-block: ${oo};
    padding-inline: ${Be};
  }

  .content {
    grid-area: body;
    padding-block: ${oo};
    padding-inline: 0;
  }

  :host([layout='multiline']) .content {
    padding: 0;
  }

  ::slotted([slot='icon']) {
    display: flex;
    grid-area: icon;
    flex-direction: column;
    align-items: center;
    color: ${Ne};
    margin-inline-end: ${Oe};
  }

  :host([layout='multiline']) ::slotted([slot='icon']) {
    align-items: start;
    height: 100%;
  }

  ::slotted([slot='dismiss']) {
    grid-area: dismiss;
  }

  .actions {
    grid-area: actions;
    display: flex;
    justify-self: end;
    margin-inline-end: ${Oe};
    gap: ${Oe};
  }

  :host([layout='multiline']) .actions {
    margin-block-start: ${oo};
    margin-inline-end: 0;
  }

  :host([layout='multiline']) ::slotted([slot='dismiss']) {
    align-items: start;
    height: 100%;
  }

  ::slotted(*) {
    font-size: inherit;
  }
`;function Sc(){return F`
    <slot name="icon"></slot>
    <div class="content">
      <slot></slot>
    </div>
    <div class="actions">
      <slot name="actions"></slot>
    </div>
    <slot name="dismiss"></slot>
  `}var il=Sc();var ll={name:nl,registry:v.registry,styles:al,template:il};var bt=class extends I{constructor(){super(),this.elementInternals=this.attachInternals(),this.dismissMessageBar=()=>{this.$emit("dismiss",{})},this.elementInternals.role="status"}};c([u],bt.prototype,"shape",void 0);c([u],bt.prototype,"layout",void 0);c([u],bt.prototype,"intent",void 0);var sl=S`
  ${G("inline-grid")}

  :host {
    -webkit-tap-highlight-color: transparent;
    ${co}
    align-items: center;
    background-color: ${j};
    border-radius: ${M};
    box-sizing: border-box;
    color: ${pr};
    column-gap: ${Fe};
    cursor: pointer;
    grid-template-areas: 'indicator start content';
    grid-template-columns: auto auto 1fr;
    min-height: 32px;
    padding: ${Le};
    text-align: start;
  }

  .content {
    grid-area: content;
    line-height: 1;
  }

  ::slotted([slot='start']) {
    grid-area: start;
  }

  :host(:hover) {
    background-color: ${Xr};
    color: ${_r};
  }

  :host(:active) {
    background-color: ${qr};
    color: ${Vr};
  }

  :host(${_}) {
    background-color: ${j};
    color: ${nt};
    cursor: default;
  }

  .checkmark-16-filled {
    fill: currentColor;
    width: 16px;
  }

  slot[name='checked-indicator'] > *,
  ::slotted([slot='checked-indicator']) {
    aspect-ratio: 1;
    flex: 0 0 auto;
    grid-area: indicator;
    visibility: hidden;
  }

  :host(${lo}) :is(slot[name='checked-indicator'] > *, ::slotted([slot='checked-indicator'])) {
    visibility: visible;
  }

  :host(${mt}) .checkmark-16-filled,
  :host(:not(${mt})) .checkmark-12-regular {
    display: none;
  }

  :host(${mt}) .checkmark-12-regular {
    background-color: ${j};
    border-radius: ${Yr};
    border: ${z} solid ${ft};
    box-sizing: border-box;
    cursor: pointer;
    fill: transparent;
    position: relative;
    visibility: visible;
    width: 16px;
  }

  :host(${mt}${lo}) .checkmark-12-regular {
    background-color: ${Kr};
    border-color: ${Mt};
    fill: ${Gr};
  }

  :host(${_}${mt}) .checkmark-12-regular {
    border-color: ${Ge};
  }

  :host(${_}${mt}${lo}) .checkmark-12-regular {
    background-color: ${Dt};
  }

  :host(${di}) {
    border: ${ge} solid ${Xe};
  }

  @supports (selector(:host(:has(*)))) {
    :host(:has([slot='start']:not([size='16']))) {
      column-gap: ${Le};
    }
  }

  :host(${gi}) {
    column-gap: ${Le};
    grid-template-areas:
      'indicator start content'
      'indicator start description';
  }

  ::slotted([slot='description']) {
    color: ${Ne};
    grid-area: description;
    ${uo}
  }

  @media (forced-colors: active) {
    :host(${_}) {
      color: GrayText;
    }
  }
`;var Bc=F.partial(`
  <svg aria-hidden="true" class="checkmark-16-filled" viewBox="0 0 16 16">
    <path
      d="M14.046 3.486a.75.75 0 0 1-.032 1.06l-7.93 7.474a.85.85 0 0 1-1.188-.022l-2.68-2.72a.75.75 0 1 1 1.068-1.053l2.234 2.267l7.468-7.038a.75.75 0 0 1 1.06.032"
    />
  </svg>
  <svg aria-hidden="true" class="checkmark-12-regular" viewBox="0 0 12 12">
    <path
      d="M9.854 3.146a.5.5 0 0 1 0 .708l-4.5 4.5a.5.5 0 0 1-.708 0l-2-2a.5.5 0 1 1 .708-.708L5 7.293l4.146-4.147a.5.5 0 0 1 .708 0"
    />
  </svg>
`);function kc(t={}){return F`
    <slot name="checked-indicator">${gt(t.checkedIndicator)}</slot>
    ${It(t)}
    <div class="content" part="content">
      <slot ${be({property:"freeformOutputs",filter:ir("output")})}></slot>
    </div>
    <div class="description" part="description">
      <slot name="description" ${be("descriptionSlot")}></slot>
    </div>
  `}var cl=kc({checkedIndicator:Bc});var dl={name:qi,registry:v.registry,styles:sl,template:cl};var nn=class nn extends I{activeChanged(e,r){C(this.elementInternals,"active",r)}currentSelectedChanged(e,r){this.selected=!!r}defaultSelectedChanged(e,r){this.selected=!!r}descriptionSlotChanged(e,r){C(this.elementInternals,"description",!!r?.length)}disabledChanged(e,r){this.elementInternals.ariaDisabled=this.disabled?"true":"false",C(this.elementInternals,"disabled",this.disabled),this.setFormValue(!this.disabled&&this.selected?this.value:null)}disabledAttributeChanged(e,r){this.disabled=!!r}initialValueChanged(e,r){this._value=r}multipleChanged(e,r){C(this.elementInternals,"multiple",r),this.selected=!1}get form(){return this.elementInternals.form}get labels(){return Object.freeze(Array.from(this.elementInternals.labels))}get selected(){return B.track(this,"selected"),!!this.currentSelected}set selected(e){this.currentSelected=e,A.enqueue(()=>{this.elementInternals&&(this.setFormValue(e?this.value:null),this.elementInternals.ariaSelected=e?"true":"false",C(this.elementInternals,"selected",e))}),B.notify(this,"selected")}get text(){return this.freeform?this.value.replace(/\s+/g," ").trim():(this.textAttribute??this.textContent)?.replace(/\s+/g," ").trim()??""}get value(){return B.track(this,"value"),this._value??this.text}set value(e){this._value=e,this.$fastController.isConnected&&(this.setFormValue(this.selected?e:null),this.freeformOutputs?.forEach(r=>{r.value=e}),B.notify(this,"value"))}connectedCallback(){super.connectedCallback(),this.freeform&&(this.value="",this.hidden=!0,this.selected=!1)}constructor(){super(),this.active=!1,this.id=he("option-"),this.initialValue="",this.multiple=!1,this.elementInternals=this.attachInternals(),this._value=this.initialValue,this.elementInternals.role="option"}setFormValue(e,r){if(this.disabled){this.elementInternals.setFormValue(null);return}this.elementInternals.setFormValue(e,e??r)}toggleSelected(e=!this.selected){this.selected=e}};nn.formAssociated=!0;var X=nn;c([k],X.prototype,"active",void 0);c([u({attribute:"current-selected",mode:"boolean"})],X.prototype,"currentSelected",void 0);c([u({attribute:"selected",mode:"boolean"})],X.prototype,"defaultSelected",void 0);c([k],X.prototype,"descriptionSlot",void 0);c([k],X.prototype,"disabled",void 0);c([u({attribute:"disabled",mode:"boolean"})],X.prototype,"disabledAttribute",void 0);c([u({attribute:"form"})],X.prototype,"formAttribute",void 0);c([u({mode:"boolean"})],X.prototype,"freeform",void 0);c([u({attribute:"id"})],X.prototype,"id",void 0);c([u({attribute:"value",mode:"fromView"})],X.prototype,"initialValue",void 0);c([k],X.prototype,"multiple",void 0);c([u],X.prototype,"name",void 0);c([k],X.prototype,"start",void 0);c([u({attribute:"text",mode:"fromView"})],X.prototype,"textAttribute",void 0);var ul={success:"success",warning:"warning",error:"error"},pl=`${v.prefix}-progress-bar`;var gl=S`
  ${G("block")}

  :host {
    width: 100%;
    height: 2px;
    overflow-x: hidden;
    background-color: ${Ur};
    border-radius: ${M};
    contain: content;

    @supports (width: attr(value type(<number>))) {
      --max: attr(max type(<number>), 100);
      --min: attr(min type(<number>), 0);
      --value: attr(value type(<number>), 0);
      --indicator-width: clamp(0%, calc((var(--value) - var(--min)) / (var(--max) - var(--min)) * 100%), 100%);
    }
  }

  :host([thickness='large']) {
    height: 4px;
  }

  :host([shape='square']) {
    border-radius: ${zt};
  }

  .indicator {
    background-color: ${Kr};
    border-radius: inherit;
    height: 100%;
  }

  :host([value]) .indicator {
    transition: all 0.2s ease-in-out;

    @supports (width: attr(value type(<number>))) {
      width: var(--indicator-width);
    }
  }

  :host(:not([value])) .indicator {
    position: relative;
    width: 33%;
    background-image: linear-gradient(
      to right,
      ${Ur} 0%,
      ${le} 50%,
      ${Ur} 100%
    );
    animation-name: indeterminate;
    animation-duration: 3s;
    animation-timing-function: linear;
    animation-iteration-count: infinite;
  }

  :host([validation-state='error']) .indicator {
    background-color: ${Na};
  }

  :host([validation-state='warning']) .indicator {
    background-color: ${Ha};
  }

  :host([validation-state='success']) .indicator {
    background-color: ${Ta};
  }

  @layer animations {
    /* Disable animations for reduced motion */
    @media (prefers-reduced-motion: no-preference) {
      :host([value]) {
        transition: none;
      }
      :host(:not([value])) .indicator {
        animation-duration: 0.01ms;
        animation-iteration-count: 1;
      }
    }
  }

  @keyframes indeterminate {
    0% {
      inset-inline-start: -33%;
    }
    100% {
      inset-inline-start: 100%;
    }
  }

  @media (forced-colors: active) {
    :host {
      background-color: CanvasText;
    }
    .indicator,
    :host(:is([validation-state='success'], [validation-state='warning'], [validation-state='error'])) .indicator {
      background-color: Highlight;
    }
  }
`;function yc(){return F` <div class="indicator" part="indicator" ${W("indicator")}></div> `}var hl=yc();var fl={name:pl,registry:v.registry,styles:gl,template:hl};var Ye=class extends I{indicatorChanged(){this.setIndicatorWidth()}validationStateChanged(e,r){ci(this.elementInternals,e,r,ul)}valueChanged(e,r){this.elementInternals&&(this.elementInternals.ariaValueNow=typeof r=="number"?`${r}`:null),this.setIndicatorWidth()}minChanged(e,r){this.elementInternals&&(this.elementInternals.ariaValueMin=typeof r=="number"?`${r}`:null),this.setIndicatorWidth()}maxChanged(e,r){this.elementInternals&&(this.elementInternals.ariaValueMax=typeof r=="number"?`${r}`:null),this.setIndicatorWidth()}constructor(){super(),this.elementInternals=this.attachInternals(),this.validationState=null,this.elementInternals.role="progressbar"}setIndicatorWidth(){CSS.supports("width: attr(value type(<number>))")||A.enqueue(()=>{if(typeof this.value!="number"){this.indicator?.style.removeProperty("width");return}let e=this.min??0,r=this.max??100,o=this.value??0,n=r-e,a=n===0?0:Math.fround((o-e)/n*100);this.indicator?.style.setProperty("width",`${a}%`)})}};c([k],Ye.prototype,"indicator",void 0);c([u({attribute:"validation-state"})],Ye.prototype,"validationState",void 0);c([u({converter:_e})],Ye.prototype,"value",void 0);c([u({converter:_e})],Ye.prototype,"min",void 0);c([u({converter:_e})],Ye.prototype,"max",void 0);var Gt=class extends Ye{};c([u],Gt.prototype,"thickness",void 0);c([u],Gt.prototype,"shape",void 0);var go=class extends I{constructor(){super(),this.elementInternals=this.attachInternals(),this.elementInternals.role="progressbar"}};var Xt=class extends go{};c([u],Xt.prototype,"size",void 0);c([u],Xt.prototype,"appearance",void 0);var ml=`${v.prefix}-spinner`;var bl=F`
  <slot name="indicator">
    <div class="background"></div>
    <div class="progress">
      <div class="spinner">
        <div class="start">
          <div class="indicator"></div>
        </div>
        <div class="end">
          <div class="indicator"></div>
        </div>
      </div>
    </div>
  </slot>
`;var vl=S`
  ${G("inline-flex")}

  :host {
    --duration: 1.5s;
    --indicatorSize: ${to};
    --size: 32px;
    height: var(--size);
    width: var(--size);
    contain: strict;
    content-visibility: auto;
  }

  :host([size='tiny']) {
    --indicatorSize: ${ge};
    --size: 20px;
  }
  :host([size='extra-small']) {
    --indicatorSize: ${ge};
    --size: 24px;
  }
  :host([size='small']) {
    --indicatorSize: ${ge};
    --size: 28px;
  }
  :host([size='large']) {
    --indicatorSize: ${to};
    --size: 36px;
  }
  :host([size='extra-large']) {
    --indicatorSize: ${to};
    --size: 40px;
  }
  :host([size='huge']) {
    --indicatorSize: ${Ka};
    --size: 44px;
  }

  .progress,
  .background,
  .spinner,
  .start,
  .end,
  .indicator {
    position: absolute;
    inset: 0;
  }

  .progress,
  .spinner,
  .indicator {
    animation: none var(--duration) infinite ${io};
  }

  .progress {
    animation-timing-function: linear;
    animation-name: spin-linear;
  }

  .background {
    border: var(--indicatorSize) solid ${Ba};
    border-radius: 50%;
  }

  :host([appearance='inverted']) .background {
    border-color: rgba(255, 255, 255, 0.2);
  }

  .spinner {
    animation-name: spin-swing;
  }

  .start {
    overflow: hidden;
    right: 50%;
  }

  .end {
    overflow: hidden;
    left: 50%;
  }

  .indicator {
    color: ${Sa};
    box-sizing: border-box;
    border-radius: 50%;
    border: var(--indicatorSize) solid transparent;
    border-block-start-color: currentcolor;
    border-right-color: currentcolor;
  }

  :host([appearance='inverted']) .indicator {
    color: ${va};
  }

  .start .indicator {
    rotate: 135deg; /* Starts 9 o'clock */
    inset: 0 -100% 0 0;
    animation-name: spin-start;
  }

  .end .indicator {
    rotate: 135deg; /* Ends at 3 o'clock */
    inset: 0 0 0 -100%;
    animation-name: spin-end;
  }

  @keyframes spin-linear {
    100% {
      transform: rotate(360deg);
    }
  }

  @keyframes spin-swing {
    0% {
      transform: rotate(-135deg);
    }
    50% {
      transform: rotate(0deg);
    }
    100% {
      transform: rotate(225deg);
    }
  }

  @keyframes spin-start {
    0%,
    100% {
      transform: rotate(0deg);
    }
    50% {
      transform: rotate(-80deg);
    }
  }

  @keyframes spin-end {
    0%,
    100% {
      transform: rotate(0deg);
    }
    50% {
      transform: rotate(70deg);
    }
  }

  @media (forced-colors: active) {
    .background {
      display: none;
    }
    .indicator {
      border-color: Canvas;
      border-block-start-color: Highlight;
      border-right-color: Highlight;
    }
  }
`;var Sl={name:ml,registry:v.registry,styles:vl,template:bl};var Bl={email:"email",password:"password",tel:"tel",text:"text",url:"url"},kl=["date","datetime-local","email","month","number","password","search","tel","text","time","url","week"],yl=`${v.prefix}-text-input`;var xl=S`
  ${G("block")}

  :host {
    font-family: ${w};
    font-size: ${pe};
    font-weight: ${K};
    line-height: ${se};
    max-width: 400px;
  }
  .label {
    display: flex;
    color: ${Q};
    padding-bottom: ${mr};
    flex-shrink: 0;
    padding-inline-end: ${Fe};
  }

  .label[hidden],
  :host(:empty) .label {
    display: none;
  }

  .root {
    align-items: center;
    background-color: ${j};
    border: ${z} solid ${je};
    border-bottom-color: ${ft};
    border-radius: ${M};
    box-sizing: border-box;
    height: 32px;
    display: inline-flex;
    flex-direction: row;
    gap: ${De};
    padding: 0 ${ro};
    position: relative;
    width: 100%;
  }

  :has(.control:user-invalid) {
    border-color: ${Fa};
  }

  .root::after {
    box-sizing: border-box;
    content: '';
    position: absolute;
    left: -1px;
    bottom: 0px;
    right: -1px;
    height: max(2px, ${M});
    border-radius: 0 0 ${M} ${M};
    border-bottom: 2px solid ${Mt};
    clip-path: inset(calc(100% - 2px) 1px 0px);
    transform: scaleX(0);
    transition-property: transform;
    transition-duration: ${no};
    transition-delay: ${_t};
  }
  .control {
    width: 100%;
    height: 100%;
    box-sizing: border-box;
    color: ${Q};
    border-radius: ${M};
    background: ${le};
    font-family: ${w};
    font-weight: ${K};
    font-size: ${pe};
    border: none;
    vertical-align: center;
  }
  .control:focus-visible {
    outline: 0;
    border: 0;
  }
  .control::placeholder {
    color: ${Wr};
  }
  :host ::slotted([slot='start']),
  :host ::slotted([slot='end']) {
    display: flex;
    align-items: center;
    justify-content: center;
    color: ${Ne};
    font-size: ${Et};
  }
  :host ::slotted([slot='start']) {
    padding-right: ${De};
  }
  :host ::slotted([slot='end']) {
    padding-left: ${De};
    gap: ${Fe};
  }
  :host(:hover) .root {
    border-color: ${Lt};
    border-bottom-color: ${gr};
  }
  :host(:active) .root {
    border-color: ${Ot};
  }
  :host(:focus-within) .root {
    outline: transparent solid 2px;
    border-bottom: 0;
  }
  :host(:focus-within) .root::after {
    transform: scaleX(1);
    transition-property: transform;
    transition-duration: ${ao};
    transition-delay: ${Vt};
  }
  :host(:focus-within:active) .root:after {
    border-bottom-color: ${ka};
  }
  :host([appearance='outline']:focus-within) .root {
    border: ${z} solid ${je};
  }
  :host(:focus-within) .control {
    color: ${Q};
  }
  :host(${_}) .root {
    background: ${le};
    border: ${z} solid ${Ge};
  }
  :host(${_}) .control::placeholder,
  :host(${_}) ::slotted([slot='start']),
  :host(${_}) ::slotted([slot='end']) {
    color: ${nt};
  }
  ::selection {
    color: ${Gr};
    background-color: ${sa};
  }
  :host([control-size='small']) .control {
    font-size: ${ue};
    font-weight: ${K};
    line-height: ${re};
  }
  :host([control-size='small']) .root {
    height: 24px;
    gap: ${De};
    padding: 0 ${Le};
  }
  :host([control-size='small']) ::slotted([slot='start']),
  :host([control-size='small']) ::slotted([slot='end']) {
    font-size: ${Pe};
  }
  :host([control-size='large']) .control {
    font-size: ${Pe};
    font-weight: ${K};
    line-height: ${Se};
  }
  :host([control-size='large']) .root {
    height: 40px;
    gap: ${Oe};
    padding: 0 ${Be};
  }
  :host([control-size='large']) ::slotted([slot='start']),
  :host([control-size='large']) ::slotted([slot='end']) {
    font-size: ${Jr};
  }
  :host([appearance='underline']) .root {
    background: ${le};
    border: 0;
    border-radius: 0;
    border-bottom: ${z} solid ${ft};
  }
  :host([appearance='underline']:hover) .root {
    border-bottom-color: ${gr};
  }
  :host([appearance='underline']:active) .root {
    border-bottom-color: ${hr};
  }
  :host([appearance='underline']:focus-within) .root {
    border: 0;
    border-bottom-color: ${hr};
  }
  :host([appearance='underline']${_}) .root {
    border-bottom-color: ${Ge};
  }
  :host([appearance='filled-lighter']) .root,
  :host([appearance='filled-darker']) .root {
    border: ${z} solid ${ve};
    box-shadow: ${eo};
  }
  :host([appearance='filled-lighter']) .root {
    background: ${j};
  }
  :host([appearance='filled-darker']) .root {
    background: ${ht};
  }
  :host([appearance='filled-lighter']:hover) .root,
  :host([appearance='filled-darker']:hover) .root {
    border-color: ${fr};
  }
  :host([appearance='filled-lighter']:active) .root,
  :host([appearance='filled-darker']:active) .root {
    border-color: ${fr};
    background: ${ht};
  }
`;function xc(t={}){return F`
    <template @keydown="${(e,r)=>e.keydownHandler(r.event)}">
      <label part="label" for="control" class="label" ${W("controlLabel")}>
        <slot ${be("defaultSlottedNodes")}></slot>
      </label>
      <div class="root" part="root">
        ${It(t)}
        <input
          class="control"
          part="control"
          id="control"
          @change="${(e,r)=>e.changeHandler(r.event)}"
          @input="${(e,r)=>e.inputHandler(r.event)}"
          autocomplete="${e=>e.autocomplete}"
          ?disabled="${e=>e.disabled}"
          list="${e=>e.list}"
          maxlength="${e=>e.maxlength}"
          minlength="${e=>e.minlength}"
          ?multiple="${e=>e.multiple}"
          name="${e=>e.name}"
          pattern="${e=>e.pattern}"
          placeholder="${e=>e.placeholder}"
          ?readonly="${e=>e.readOnly}"
          ?required="${e=>e.required}"
          size="${e=>e.size}"
          spellcheck="${e=>e.spellcheck}"
          type="${e=>e.type}"
          value="${e=>e.value}"
          ${W("control")}
        />
        ${Er(t)}
      </div>
    </template>
  `}var Nl=xc();var Pl={name:yl,registry:v.registry,shadowOptions:{delegatesFocus:!0},styles:xl,template:Nl};var an=class an extends I{constructor(){super(...arguments),this.type=Bl.text,this.dirtyValue=!1,this.elementInternals=this.attachInternals()}currentValueChanged(e,r){this.value=r}defaultSlottedNodesChanged(e,r){A.enqueue(()=>{this.controlLabel&&(this.controlLabel.hidden=!r?.some(o=>o.nodeType===Node.ELEMENT_NODE||o.nodeType===Node.TEXT_NODE&&!!o.textContent?.trim()))})}initialValueChanged(){this.dirtyValue||(this.value=this.initialValue)}readOnlyChanged(){this.$fastController.isConnected&&(this.elementInternals.ariaReadOnly=`${!!this.readOnly}`)}requiredChanged(e,r){this.$fastController.isConnected&&(this.elementInternals.ariaRequired=`${!!r}`)}controlChanged(e,r){A.enqueue(()=>{this.$fastController.isConnected&&this.setValidity()})}get validity(){return this.elementInternals.validity}get validationMessage(){return this.elementInternals.validationMessage||this.control.validationMessage}get value(){return B.track(this,"value"),this.currentValue}set value(e){this.currentValue=e,this.elementInternals&&this.control&&(this.control.value=e??"",this.setFormValue(e),this.setValidity(),B.notify(this,"value"))}get willValidate(){return this.elementInternals.willValidate}get form(){return this.elementInternals.form}changeHandler(e){return this.setValidity(),this.$emit("change",e,{bubbles:!0,composed:!0}),!0}checkValidity(){return this.elementInternals.checkValidity()}clickHandler(e){return e.target===this&&this.control?.click(),!0}connectedCallback(){super.connectedCallback(),this.setFormValue(this.value),this.setValidity(),Wt(this)}formResetCallback(){this.value=this.initialValue,this.dirtyValue=!1}implicitSubmit(){if(!this.elementInternals.form)return;if(this.elementInternals.form.elements.length===1){this.elementInternals.form.requestSubmit();return}let e=[...this.elementInternals.form.elements],r=e.find(n=>n.getAttribute("type")==="submit");if(r){r.click();return}e.filter(n=>kl.includes(n.getAttribute("type")??"")).length>1||this.elementInternals.form.requestSubmit()}inputHandler(e){return this.dirtyValue=!0,this.value=this.control.value,!0}keydownHandler(e){return e.key==="Enter"&&this.implicitSubmit(),!0}select(){this.control.select(),this.$emit("select")}setCustomValidity(e){this.elementInternals.setValidity({customError:!0},e),this.reportValidity()}reportValidity(){return this.elementInternals.reportValidity()}setFormValue(e,r){this.elementInternals?.setFormValue(e,e??r)}setValidity(e,r,o){if(this.elementInternals&&this.control){if(this.disabled){this.elementInternals.setValidity({});return}this.elementInternals.setValidity(e??this.control.validity,r??this.validationMessage,o??this.control)}}};an.formAssociated=!0;var H=an;c([u],H.prototype,"autocomplete",void 0);c([u({attribute:"current-value"})],H.prototype,"currentValue",void 0);c([k],H.prototype,"defaultSlottedNodes",void 0);c([u],H.prototype,"dirname",void 0);c([u({mode:"boolean"})],H.prototype,"disabled",void 0);c([u({attribute:"form"})],H.prototype,"formAttribute",void 0);c([u({attribute:"value",mode:"fromView"})],H.prototype,"initialValue",void 0);c([u],H.prototype,"list",void 0);c([u({converter:_e})],H.prototype,"maxlength",void 0);c([u({converter:_e})],H.prototype,"minlength",void 0);c([u({mode:"boolean"})],H.prototype,"multiple",void 0);c([u],H.prototype,"name",void 0);c([u],H.prototype,"pattern",void 0);c([u],H.prototype,"placeholder",void 0);c([u({attribute:"readonly",mode:"boolean"})],H.prototype,"readOnly",void 0);c([u({mode:"boolean"})],H.prototype,"required",void 0);c([u({converter:_e})],H.prototype,"size",void 0);c([u({converter:{fromView:t=>typeof t=="string"?["true",""].includes(t.trim().toLowerCase()):null,toView:t=>t.toString()}})],H.prototype,"spellcheck",void 0);c([u],H.prototype,"type",void 0);c([k],H.prototype,"control",void 0);c([k],H.prototype,"controlLabel",void 0);var vt=class extends H{};c([u],vt.prototype,"appearance",void 0);c([u({attribute:"control-size"})],vt.prototype,"controlSize",void 0);Rr(vt,Ht);var Nc="adoptedStyleSheets"in document,Pc="CSSScopeRule"in window,ln=new Map,sn=new Map,kr=new Map,cn=new Map,Br=new CSSStyleSheet;function dn(t,e=document){if(!(!e||!Ac(e))){if(!Nc||e instanceof HTMLElement&&!e.shadowRoot&&!Pc){let r=e===document?document.documentElement:e;Lc(t,r);return}[document,document.documentElement,document.body].includes(e)?Cc(t):Hc(t,e)}}var Fc=/^[a-zA-Z_-][a-zA-Z0-9_-]*$/;function wc(t){return Fc.test(t)?t:""}var $c=/(;|{|}|\/\*|\*\/|@import|url\s*\(|expression\s*\(|javascript:)/i;function Tc(t){return $c.test(t)?"":t}function un(t){return ln.has(t)||ln.set(t,Object.keys(t).reduce((e,r)=>{let o=wc(r),n=Tc(t[r].toString());return o&&n?`${e}--${o}:${n};`:e},"")),ln.get(t)}function Ac(t){return[document,document.documentElement].includes(t)||t instanceof HTMLElement&&!!t.closest("body")}function Cc(t){if(t===null){document.adoptedStyleSheets.includes(Br)&&Br.replaceSync("");return}Br.replaceSync(`
    html {
      ${un(t)}
    }
  `),document.adoptedStyleSheets.includes(Br)||document.adoptedStyleSheets.push(Br)}function Hc(t,e){if(t===null){e.shadowRoot&&kr.has(e)?kr.get(e).replaceSync(""):(delete e.dataset.fluentTheme,Fl(e));return}e.shadowRoot?Ic(e).replaceSync(`
      :host {
        ${un(t)}
      }
    `):(e.dataset.fluentTheme=Dc(t),Fl(e))}function Ic(t){if(!kr.has(t)){let e=new CSSStyleSheet;kr.set(t,e),t.shadowRoot?.adoptedStyleSheets.push(e)}return kr.get(t)}function Dc(t){if(!sn.has(t)){let e=he("fluent-theme-"),r=new CSSStyleSheet;sn.set(t,e),r.replaceSync(`
      @scope ([data-fluent-theme="${e}"]) {
        :scope {
          ${un(t)}
        }
      }
    `),document.adoptedStyleSheets.push(r)}return sn.get(t)}function Lc(t,e){let r;if(t===null){if(!cn.has(e))return;r=cn.get(e)}else cn.set(e,t),r=t;for(let[o,n]of Object.entries(r))t===null?e.style.removeProperty(`--${o}`):e.style.setProperty(`--${o}`,n.toString())}var{userAgent:Oc}=navigator,Mc=/\bAppleWebKit\/[\d+\.]+\b/.test(Oc);function Fl(t){if(!Mc)return;let e="visibility",r="hidden",o=t.style.getPropertyValue(e);t.style.setProperty(e,r),A.process(),t.style.setProperty(e,o)}var i={2:"#050505",4:"#0a0a0a",6:"#0f0f0f",8:"#141414",10:"#1a1a1a",12:"#1f1f1f",14:"#242424",16:"#292929",18:"#2e2e2e",20:"#333333",22:"#383838",24:"#3d3d3d",26:"#424242",28:"#474747",30:"#4d4d4d",32:"#525252",34:"#575757",36:"#5c5c5c",38:"#616161",40:"#666666",42:"#6b6b6b",44:"#707070",46:"#757575",48:"#7a7a7a",50:"#808080",52:"#858585",54:"#8a8a8a",56:"#8f8f8f",58:"#949494",60:"#999999",62:"#9e9e9e",64:"#a3a3a3",66:"#a8a8a8",68:"#adadad",70:"#b3b3b3",72:"#b8b8b8",74:"#bdbdbd",76:"#c2c2c2",78:"#c7c7c7",80:"#cccccc",82:"#d1d1d1",84:"#d6d6d6",86:"#dbdbdb",88:"#e0e0e0",90:"#e6e6e6",92:"#ebebeb",94:"#f0f0f0",96:"#f5f5f5",98:"#fafafa",99:"#fcfcfc"},q={5:"rgba(255, 255, 255, 0.05)",10:"rgba(255, 255, 255, 0.1)",20:"rgba(255, 255, 255, 0.2)",30:"rgba(255, 255, 255, 0.3)",40:"rgba(255, 255, 255, 0.4)",50:"rgba(255, 255, 255, 0.5)",60:"rgba(255, 255, 255, 0.6)",70:"rgba(255, 255, 255, 0.7)",80:"rgba(255, 255, 255, 0.8)",90:"rgba(255, 255, 255, 0.9)"},ee={5:"rgba(0, 0, 0, 0.05)",10:"rgba(0, 0, 0, 0.1)",20:"rgba(0, 0, 0, 0.2)",30:"rgba(0, 0, 0, 0.3)",40:"rgba(0, 0, 0, 0.4)",50:"rgba(0, 0, 0, 0.5)",60:"rgba(0, 0, 0, 0.6)",70:"rgba(0, 0, 0, 0.7)",80:"rgba(0, 0, 0, 0.8)",90:"rgba(0, 0, 0, 0.9)"},wl={5:"rgba(26, 26, 26, 0.05)",10:"rgba(26, 26, 26, 0.1)",20:"rgba(26, 26, 26, 0.2)",30:"rgba(26, 26, 26, 0.3)",40:"rgba(26, 26, 26, 0.4)",50:"rgba(26, 26, 26, 0.5)",60:"rgba(26, 26, 26, 0.6)",70:"rgba(26, 26, 26, 0.7)",80:"rgba(26, 26, 26, 0.8)",90:"rgba(26, 26, 26, 0.9)"},$l={5:"rgba(31, 31, 31, 0.05)",10:"rgba(31, 31, 31, 0.1)",20:"rgba(31, 31, 31, 0.2)",30:"rgba(31, 31, 31, 0.3)",40:"rgba(31, 31, 31, 0.4)",50:"rgba(31, 31, 31, 0.5)",60:"rgba(31, 31, 31, 0.6)",70:"rgba(31, 31, 31, 0.7)",80:"rgba(31, 31, 31, 0.8)",90:"rgba(31, 31, 31, 0.9)"},pn={5:"rgba(36, 36, 36, 0.05)",10:"rgba(36, 36, 36, 0.1)",20:"rgba(36, 36, 36, 0.2)",30:"rgba(36, 36, 36, 0.3)",40:"rgba(36, 36, 36, 0.4)",50:"rgba(36, 36, 36, 0.5)",60:"rgba(36, 36, 36, 0.6)",70:"rgba(36, 36, 36, 0.7)",80:"rgba(36, 36, 36, 0.8)",90:"rgba(36, 36, 36, 0.9)"},m="#ffffff",qt="#000000",fe="#ffff00",h="#1aebff",st="#3ff23f",y="#000000",b="#ffffff",T="#000000",gn="#000000",ho="#ffffff",Tl={shade50:"#130204",shade40:"#230308",shade30:"#420610",shade20:"#590815",shade10:"#690a19",primary:"#750b1c",tint10:"#861b2c",tint20:"#962f3f",tint30:"#ac4f5e",tint40:"#d69ca5",tint50:"#e9c7cd",tint60:"#f9f0f2"};var hn={shade50:"#200205",shade40:"#3b0509",shade30:"#6e0811",shade20:"#960b18",shade10:"#b10e1c",primary:"#c50f1f",tint10:"#cc2635",tint20:"#d33f4c",tint30:"#dc626d",tint40:"#eeacb2",tint50:"#f6d1d5",tint60:"#fdf3f4"},Al={shade50:"#210809",shade40:"#3f1011",shade30:"#751d1f",shade20:"#9f282b",shade10:"#bc2f32",primary:"#d13438",tint10:"#d7494c",tint20:"#dc5e62",tint30:"#e37d80",tint40:"#f1bbbc",tint50:"#f8dadb",tint60:"#fdf6f6"},Cl={shade50:"#230900",shade40:"#411200",shade30:"#7a2101",shade20:"#a62d01",shade10:"#c43501",primary:"#da3b01",tint10:"#de501c",tint20:"#e36537",tint30:"#e9835e",tint40:"#f4bfab",tint50:"#f9dcd1",tint60:"#fdf6f3"};var Hl={shade50:"#200d03",shade40:"#3d1805",shade30:"#712d09",shade20:"#9a3d0c",shade10:"#b6480e",primary:"#ca5010",tint10:"#d06228",tint20:"#d77440",tint30:"#df8e64",tint40:"#efc4ad",tint50:"#f7dfd2",tint60:"#fdf7f4"},Il={shade50:"#271002",shade40:"#4a1e04",shade30:"#8a3707",shade20:"#bc4b09",shade10:"#de590b",primary:"#f7630c",tint10:"#f87528",tint20:"#f98845",tint30:"#faa06b",tint40:"#fdcfb4",tint50:"#fee5d7",tint60:"#fff9f5"},Dl={shade50:"#291600",shade40:"#4d2a00",shade30:"#8f4e00",shade20:"#c26a00",shade10:"#e67e00",primary:"#ff8c00",tint10:"#ff9a1f",tint20:"#ffa83d",tint30:"#ffba66",tint40:"#ffddb3",tint50:"#ffedd6",tint60:"#fffaf5"},Ll={shade50:"#251a00",shade40:"#463100",shade30:"#835b00",shade20:"#b27c00",shade10:"#d39300",primary:"#eaa300",tint10:"#edad1c",tint20:"#efb839",tint30:"#f2c661",tint40:"#f9e2ae",tint50:"#fcefd3",tint60:"#fefbf4"},Ol={shade50:"#282400",shade40:"#4c4400",shade30:"#817400",shade20:"#c0ad00",shade10:"#e4cc00",primary:"#fde300",tint10:"#fde61e",tint20:"#fdea3d",tint30:"#feee66",tint40:"#fef7b2",tint50:"#fffad6",tint60:"#fffef5"},Ml={shade50:"#1f1900",shade40:"#3a2f00",shade30:"#6c5700",shade20:"#937700",shade10:"#ae8c00",primary:"#c19c00",tint10:"#c8a718",tint20:"#d0b232",tint30:"#dac157",tint40:"#ecdfa5",tint50:"#f5eece",tint60:"#fdfbf2"},zl={shade50:"#181202",shade40:"#2e2103",shade30:"#553e06",shade20:"#745408",shade10:"#89640a",primary:"#986f0b",tint10:"#a47d1e",tint20:"#b18c34",tint30:"#c1a256",tint40:"#e0cea2",tint50:"#efe4cb",tint60:"#fbf8f2"},El={shade50:"#170e07",shade40:"#2b1a0e",shade30:"#50301a",shade20:"#6c4123",shade10:"#804d29",primary:"#8e562e",tint10:"#9c663f",tint20:"#a97652",tint30:"#bb8f6f",tint40:"#ddc3b0",tint50:"#edded3",tint60:"#faf7f4"};var Rl={shade50:"#0c1501",shade40:"#162702",shade30:"#294903",shade20:"#376304",shade10:"#427505",primary:"#498205",tint10:"#599116",tint20:"#6ba02b",tint30:"#85b44c",tint40:"#bdd99b",tint50:"#dbebc7",tint60:"#f6faf0"},_l={shade50:"#002111",shade40:"#003d20",shade30:"#00723b",shade20:"#009b51",shade10:"#00b85f",primary:"#00cc6a",tint10:"#19d279",tint20:"#34d889",tint30:"#5ae0a0",tint40:"#a8f0cd",tint50:"#cff7e4",tint60:"#f3fdf8"},Vl={shade50:"#031a02",shade40:"#063004",shade30:"#0b5a08",shade20:"#0e7a0b",shade10:"#11910d",primary:"#13a10e",tint10:"#27ac22",tint20:"#3db838",tint30:"#5ec75a",tint40:"#a7e3a5",tint50:"#cef0cd",tint60:"#f2fbf2"},fn={shade50:"#031403",shade40:"#052505",shade30:"#094509",shade20:"#0c5e0c",shade10:"#0e700e",primary:"#107c10",tint10:"#218c21",tint20:"#359b35",tint30:"#54b054",tint40:"#9fd89f",tint50:"#c9eac9",tint60:"#f1faf1"},Wl={shade50:"#021102",shade40:"#032003",shade30:"#063b06",shade20:"#085108",shade10:"#0a5f0a",primary:"#0b6a0b",tint10:"#1a7c1a",tint20:"#2d8e2d",tint30:"#4da64d",tint40:"#9ad29a",tint50:"#c6e7c6",tint60:"#f0f9f0"},jl={shade50:"#001d1f",shade40:"#00373a",shade30:"#00666d",shade20:"#008b94",shade10:"#00a5af",primary:"#00b7c3",tint10:"#18bfca",tint20:"#32c8d1",tint30:"#58d3db",tint40:"#a6e9ed",tint50:"#cef3f5",tint60:"#f2fcfd"},Gl={shade50:"#001516",shade40:"#012728",shade30:"#02494c",shade20:"#026467",shade10:"#037679",primary:"#038387",tint10:"#159195",tint20:"#2aa0a4",tint30:"#4cb4b7",tint40:"#9bd9db",tint50:"#c7ebec",tint60:"#f0fafa"};var Xl={shade50:"#000f12",shade40:"#001b22",shade30:"#00333f",shade20:"#004555",shade10:"#005265",primary:"#005b70",tint10:"#0f6c81",tint20:"#237d92",tint30:"#4496a9",tint40:"#94c8d4",tint50:"#c3e1e8",tint60:"#eff7f9"};var ql={shade50:"#001322",shade40:"#002440",shade30:"#004377",shade20:"#005ba1",shade10:"#006cbf",primary:"#0078d4",tint10:"#1a86d9",tint20:"#3595de",tint30:"#5caae5",tint40:"#a9d3f2",tint50:"#d0e7f8",tint60:"#f3f9fd"},Ul={shade50:"#000c16",shade40:"#00172a",shade30:"#002c4e",shade20:"#003b6a",shade10:"#00467e",primary:"#004e8c",tint10:"#125e9a",tint20:"#286fa8",tint30:"#4a89ba",tint40:"#9abfdc",tint50:"#c7dced",tint60:"#f0f6fa"};var Kl={shade50:"#0d1126",shade40:"#182047",shade30:"#2c3c85",shade20:"#3c51b4",shade10:"#4760d5",primary:"#4f6bed",tint10:"#637cef",tint20:"#778df1",tint30:"#93a4f4",tint40:"#c8d1fa",tint50:"#e1e6fc",tint60:"#f7f9fe"},Yl={shade50:"#00061d",shade40:"#000c36",shade30:"#001665",shade20:"#001e89",shade10:"#0023a2",primary:"#0027b4",tint10:"#173bbd",tint20:"#3050c6",tint30:"#546fd2",tint40:"#a3b2e8",tint50:"#ccd5f3",tint60:"#f2f4fc"},Jl={shade50:"#120f25",shade40:"#221d46",shade30:"#3f3682",shade20:"#5649b0",shade10:"#6656d1",primary:"#7160e8",tint10:"#8172eb",tint20:"#9184ee",tint30:"#a79cf1",tint40:"#d2ccf8",tint50:"#e7e4fb",tint60:"#f9f8fe"},Ql={shade50:"#0f0717",shade40:"#1c0e2b",shade30:"#341a51",shade20:"#46236e",shade10:"#532982",primary:"#5c2e91",tint10:"#6b3f9e",tint20:"#7c52ab",tint30:"#9470bd",tint40:"#c6b1de",tint50:"#e0d3ed",tint60:"#f7f4fb"};var Zl={shade50:"#160418",shade40:"#29072e",shade30:"#4c0d55",shade20:"#671174",shade10:"#7a1589",primary:"#881798",tint10:"#952aa4",tint20:"#a33fb1",tint30:"#b55fc1",tint40:"#d9a7e0",tint50:"#eaceef",tint60:"#faf2fb"},es={shade50:"#1f091d",shade40:"#3a1136",shade30:"#6d2064",shade20:"#932b88",shade10:"#af33a1",primary:"#c239b3",tint10:"#c94cbc",tint20:"#d161c4",tint30:"#da7ed0",tint40:"#edbbe7",tint50:"#f5daf2",tint60:"#fdf5fc"},ts={shade50:"#1c0b1f",shade40:"#35153a",shade30:"#63276d",shade20:"#863593",shade10:"#9f3faf",primary:"#b146c2",tint10:"#ba58c9",tint20:"#c36bd1",tint30:"#cf87da",tint40:"#e6bfed",tint50:"#f2dcf5",tint60:"#fcf6fd"},rs={shade50:"#24091b",shade40:"#441232",shade30:"#80215d",shade20:"#ad2d7e",shade10:"#cd3595",primary:"#e43ba6",tint10:"#e750b0",tint20:"#ea66ba",tint30:"#ef85c8",tint40:"#f7c0e3",tint50:"#fbddf0",tint60:"#fef6fb"};var os={shade50:"#1f0013",shade40:"#390024",shade30:"#6b0043",shade20:"#91005a",shade10:"#ac006b",primary:"#bf0077",tint10:"#c71885",tint20:"#ce3293",tint30:"#d957a8",tint40:"#eca5d1",tint50:"#f5cee6",tint60:"#fcf2f9"},ns={shade50:"#13000c",shade40:"#240017",shade30:"#43002b",shade20:"#5a003b",shade10:"#6b0045",primary:"#77004d",tint10:"#87105d",tint20:"#98246f",tint30:"#ad4589",tint40:"#d696c0",tint50:"#e9c4dc",tint60:"#faf0f6"},as={shade50:"#141313",shade40:"#252323",shade30:"#444241",shade20:"#5d5958",shade10:"#6e6968",primary:"#7a7574",tint10:"#8a8584",tint20:"#9a9594",tint30:"#afabaa",tint40:"#d7d4d4",tint50:"#eae8e8",tint60:"#faf9f9"},is={shade50:"#0f0e0e",shade40:"#1c1b1a",shade30:"#343231",shade20:"#474443",shade10:"#54514f",primary:"#5d5a58",tint10:"#706d6b",tint20:"#84817e",tint30:"#9e9b99",tint40:"#cecccb",tint50:"#e5e4e3",tint60:"#f8f8f8"};var ls={shade50:"#111314",shade40:"#1f2426",shade30:"#3b4447",shade20:"#505c60",shade10:"#5f6d71",primary:"#69797e",tint10:"#79898d",tint20:"#89989d",tint30:"#a0adb2",tint40:"#cdd6d8",tint50:"#e4e9ea",tint60:"#f8f9fa"},ss={shade50:"#090a0b",shade40:"#111315",shade30:"#202427",shade20:"#2b3135",shade10:"#333a3f",primary:"#394146",tint10:"#4d565c",tint20:"#626c72",tint30:"#808a90",tint40:"#bcc3c7",tint50:"#dbdfe1",tint60:"#f6f7f8"};var N={red:Al,green:fn,darkOrange:Cl,yellow:Ol,berry:es,lightGreen:Vl,marigold:Ll},Me={darkRed:Tl,cranberry:hn,pumpkin:Hl,peach:Dl,gold:Ml,brass:zl,brown:El,forest:Rl,seafoam:_l,darkGreen:Wl,lightTeal:jl,teal:Gl,steel:Xl,blue:ql,royalBlue:Ul,cornflower:Kl,navy:Yl,lavender:Jl,purple:Ql,grape:Zl,lilac:ts,pink:rs,magenta:os,plum:ns,beige:as,mink:is,platinum:ls,anchor:ss},x={cranberry:hn,green:fn,orange:Il};var Ut=["red","green","darkOrange","yellow","berry","lightGreen","marigold"],Kt=["darkRed","cranberry","pumpkin","peach","gold","brass","brown","forest","seafoam","darkGreen","lightTeal","teal","steel","blue","royalBlue","cornflower","navy","lavender","purple","grape","lilac","pink","magenta","plum","beige","mink","platinum","anchor"];var U={success:"green",warning:"orange",danger:"cranberry"};var yr=Ut.reduce((t,e)=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),o={[`colorPalette${r}Background1`]:N[e].tint60,[`colorPalette${r}Background2`]:N[e].tint40,[`colorPalette${r}Background3`]:N[e].primary,[`colorPalette${r}Foreground1`]:N[e].shade10,[`colorPalette${r}Foreground2`]:N[e].shade30,[`colorPalette${r}Foreground3`]:N[e].primary,[`colorPalette${r}BorderActive`]:N[e].primary,[`colorPalette${r}Border1`]:N[e].tint40,[`colorPalette${r}Border2`]:N[e].primary};return Object.assign(t,o)},{});yr.colorPaletteYellowForeground1=N.yellow.shade30;yr.colorPaletteRedForegroundInverted=N.red.tint20;yr.colorPaletteGreenForegroundInverted=N.green.tint20;yr.colorPaletteYellowForegroundInverted=N.yellow.tint40;var zc=Kt.reduce((t,e)=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),o={[`colorPalette${r}Background2`]:Me[e].tint40,[`colorPalette${r}Foreground2`]:Me[e].shade30,[`colorPalette${r}BorderActive`]:Me[e].primary};return Object.assign(t,o)},{}),cs={...yr,...zc},St=Object.entries(U).reduce((t,[e,r])=>{let o=e.slice(0,1).toUpperCase()+e.slice(1),n={[`colorStatus${o}Background1`]:x[r].tint60,[`colorStatus${o}Background2`]:x[r].tint40,[`colorStatus${o}Background3`]:x[r].primary,[`colorStatus${o}Foreground1`]:x[r].shade10,[`colorStatus${o}Foreground2`]:x[r].shade30,[`colorStatus${o}Foreground3`]:x[r].primary,[`colorStatus${o}ForegroundInverted`]:x[r].tint30,[`colorStatus${o}BorderActive`]:x[r].primary,[`colorStatus${o}Border1`]:x[r].tint40,[`colorStatus${o}Border2`]:x[r].primary};return Object.assign(t,n)},{});St.colorStatusDangerBackground3Hover=x[U.danger].shade10;St.colorStatusDangerBackground3Pressed=x[U.danger].shade20;St.colorStatusWarningForeground1=x[U.warning].shade20;St.colorStatusWarningForeground3=x[U.warning].shade20;St.colorStatusWarningBorder2=x[U.warning].shade20;var ds=t=>({colorNeutralForeground1:i[14],colorNeutralForeground1Hover:i[14],colorNeutralForeground1Pressed:i[14],colorNeutralForeground1Selected:i[14],colorNeutralForeground2:i[26],colorNeutralForeground2Hover:i[14],colorNeutralForeground2Pressed:i[14],colorNeutralForeground2Selected:i[14],colorNeutralForeground2BrandHover:t[80],colorNeutralForeground2BrandPressed:t[70],colorNeutralForeground2BrandSelected:t[80],colorNeutralForeground3:i[38],colorNeutralForeground3Hover:i[26],colorNeutralForeground3Pressed:i[26],colorNeutralForeground3Selected:i[26],colorNeutralForeground3BrandHover:t[80],colorNeutralForeground3BrandPressed:t[70],colorNeutralForeground3BrandSelected:t[80],colorNeutralForeground4:i[44],colorNeutralForeground5:i[38],colorNeutralForeground5Hover:i[14],colorNeutralForeground5Pressed:i[14],colorNeutralForeground5Selected:i[14],colorNeutralForegroundDisabled:i[74],colorNeutralForegroundInvertedDisabled:q[40],colorBrandForegroundLink:t[70],colorBrandForegroundLinkHover:t[60],colorBrandForegroundLinkPressed:t[40],colorBrandForegroundLinkSelected:t[70],colorNeutralForeground2Link:i[26],colorNeutralForeground2LinkHover:i[14],colorNeutralForeground2LinkPressed:i[14],colorNeutralForeground2LinkSelected:i[14],colorCompoundBrandForeground1:t[80],colorCompoundBrandForeground1Hover:t[70],colorCompoundBrandForeground1Pressed:t[60],colorBrandForeground1:t[80],colorBrandForeground2:t[70],colorBrandForeground2Hover:t[60],colorBrandForeground2Pressed:t[30],colorNeutralForeground1Static:i[14],colorNeutralForegroundStaticInverted:m,colorNeutralForegroundInverted:m,colorNeutralForegroundInvertedHover:m,colorNeutralForegroundInvertedPressed:m,colorNeutralForegroundInvertedSelected:m,colorNeutralForegroundInverted2:m,colorNeutralForegroundOnBrand:m,colorNeutralForegroundInvertedLink:m,colorNeutralForegroundInvertedLinkHover:m,colorNeutralForegroundInvertedLinkPressed:m,colorNeutralForegroundInvertedLinkSelected:m,colorBrandForegroundInverted:t[100],colorBrandForegroundInvertedHover:t[110],colorBrandForegroundInvertedPressed:t[100],colorBrandForegroundOnLight:t[80],colorBrandForegroundOnLightHover:t[70],colorBrandForegroundOnLightPressed:t[50],colorBrandForegroundOnLightSelected:t[60],colorNeutralBackground1:m,colorNeutralBackground1Hover:i[96],colorNeutralBackground1Pressed:i[88],colorNeutralBackground1Selected:i[92],colorNeutralBackground2:i[98],colorNeutralBackground2Hover:i[94],colorNeutralBackground2Pressed:i[86],colorNeutralBackground2Selected:i[90],colorNeutralBackground3:i[96],colorNeutralBackground3Hover:i[92],colorNeutralBackground3Pressed:i[84],colorNeutralBackground3Selected:i[88],colorNeutralBackground4:i[94],colorNeutralBackground4Hover:i[98],colorNeutralBackground4Pressed:i[96],colorNeutralBackground4Selected:m,colorNeutralBackground5:i[92],colorNeutralBackground5Hover:i[96],colorNeutralBackground5Pressed:i[94],colorNeutralBackground5Selected:i[98],colorNeutralBackground6:i[90],colorNeutralBackground7:"#00000000",colorNeutralBackground7Hover:i[92],colorNeutralBackground7Pressed:i[84],colorNeutralBackground7Selected:"#00000000",colorNeutralBackground8:i[99],colorNeutralBackgroundInverted:i[16],colorNeutralBackgroundInvertedHover:i[24],colorNeutralBackgroundInvertedPressed:i[12],colorNeutralBackgroundInvertedSelected:i[22],colorNeutralBackgroundStatic:i[20],colorNeutralBackgroundAlpha:q[50],colorNeutralBackgroundAlpha2:q[80],colorSubtleBackground:"transparent",colorSubtleBackgroundHover:i[96],colorSubtleBackgroundPressed:i[88],colorSubtleBackgroundSelected:i[92],colorSubtleBackgroundLightAlphaHover:q[70],colorSubtleBackgroundLightAlphaPressed:q[50],colorSubtleBackgroundLightAlphaSelected:"transparent",colorSubtleBackgroundInverted:"transparent",colorSubtleBackgroundInvertedHover:ee[10],colorSubtleBackgroundInvertedPressed:ee[30],colorSubtleBackgroundInvertedSelected:ee[20],colorTransparentBackground:"transparent",colorTransparentBackgroundHover:"transparent",colorTransparentBackgroundPressed:"transparent",colorTransparentBackgroundSelected:"transparent",colorNeutralBackgroundDisabled:i[94],colorNeutralBackgroundDisabled2:m,colorNeutralBackgroundInvertedDisabled:q[10],colorNeutralStencil1:i[90],colorNeutralStencil2:i[98],colorNeutralStencil1Alpha:ee[10],colorNeutralStencil2Alpha:ee[5],colorBackgroundOverlay:ee[40],colorScrollbarOverlay:ee[50],colorBrandBackground:t[80],colorBrandBackgroundHover:t[70],colorBrandBackgroundPressed:t[40],colorBrandBackgroundSelected:t[60],colorCompoundBrandBackground:t[80],colorCompoundBrandBackgroundHover:t[70],colorCompoundBrandBackgroundPressed:t[60],colorBrandBackgroundStatic:t[80],colorBrandBackground2:t[160],colorBrandBackground2Hover:t[150],colorBrandBackground2Pressed:t[130],colorBrandBackground3Static:t[60],colorBrandBackground4Static:t[40],colorBrandBackgroundInverted:m,colorBrandBackgroundInvertedHover:t[160],colorBrandBackgroundInvertedPressed:t[140],colorBrandBackgroundInvertedSelected:t[150],colorNeutralCardBackground:i[98],colorNeutralCardBackgroundHover:m,colorNeutralCardBackgroundPressed:i[96],colorNeutralCardBackgroundSelected:i[92],colorNeutralCardBackgroundDisabled:i[94],colorNeutralStrokeAccessible:i[38],colorNeutralStrokeAccessibleHover:i[34],colorNeutralStrokeAccessiblePressed:i[30],colorNeutralStrokeAccessibleSelected:t[80],colorNeutralStroke1:i[82],colorNeutralStroke1Hover:i[78],colorNeutralStroke1Pressed:i[70],colorNeutralStroke1Selected:i[74],colorNeutralStroke2:i[88],colorNeutralStroke3:i[94],colorNeutralStroke4:i[92],colorNeutralStroke4Hover:i[88],colorNeutralStroke4Pressed:i[84],colorNeutralStroke4Selected:i[92],colorNeutralStrokeSubtle:i[88],colorNeutralStrokeOnBrand:m,colorNeutralStrokeOnBrand2:m,colorNeutralStrokeOnBrand2Hover:m,colorNeutralStrokeOnBrand2Pressed:m,colorNeutralStrokeOnBrand2Selected:m,colorBrandStroke1:t[80],colorBrandStroke2:t[140],colorBrandStroke2Hover:t[120],colorBrandStroke2Pressed:t[80],colorBrandStroke2Contrast:t[140],colorCompoundBrandStroke:t[80],colorCompoundBrandStrokeHover:t[70],colorCompoundBrandStrokePressed:t[60],colorNeutralStrokeDisabled:i[88],colorNeutralStrokeDisabled2:i[92],colorNeutralStrokeInvertedDisabled:q[40],colorTransparentStroke:"transparent",colorTransparentStrokeInteractive:"transparent",colorTransparentStrokeDisabled:"transparent",colorNeutralStrokeAlpha:ee[5],colorNeutralStrokeAlpha2:q[20],colorStrokeFocus1:m,colorStrokeFocus2:qt,colorNeutralShadowAmbient:"rgba(0,0,0,0.12)",colorNeutralShadowKey:"rgba(0,0,0,0.14)",colorNeutralShadowAmbientLighter:"rgba(0,0,0,0.06)",colorNeutralShadowKeyLighter:"rgba(0,0,0,0.07)",colorNeutralShadowAmbientDarker:"rgba(0,0,0,0.20)",colorNeutralShadowKeyDarker:"rgba(0,0,0,0.24)",colorBrandShadowAmbient:"rgba(0,0,0,0.30)",colorBrandShadowKey:"rgba(0,0,0,0.25)"});var Bt={borderRadiusNone:"0",borderRadiusSmall:"2px",borderRadiusMedium:"4px",borderRadiusLarge:"6px",borderRadiusXLarge:"8px",borderRadius2XLarge:"12px",borderRadius3XLarge:"16px",borderRadius4XLarge:"24px",borderRadius5XLarge:"32px",borderRadius6XLarge:"40px",borderRadiusCircular:"10000px"};var Yt={curveAccelerateMax:"cubic-bezier(0.9,0.1,1,0.2)",curveAccelerateMid:"cubic-bezier(1,0,1,1)",curveAccelerateMin:"cubic-bezier(0.8,0,0.78,1)",curveDecelerateMax:"cubic-bezier(0.1,0.9,0.2,1)",curveDecelerateMid:"cubic-bezier(0,0,0,1)",curveDecelerateMin:"cubic-bezier(0.33,0,0.1,1)",curveEasyEaseMax:"cubic-bezier(0.8,0,0.2,1)",curveEasyEase:"cubic-bezier(0.33,0,0.67,1)",curveLinear:"cubic-bezier(0,0,1,1)"};var Jt={durationUltraFast:"50ms",durationFaster:"100ms",durationFast:"150ms",durationNormal:"200ms",durationGentle:"250ms",durationSlow:"300ms",durationSlower:"400ms",durationUltraSlow:"500ms"};var kt={fontSizeBase100:"10px",fontSizeBase200:"12px",fontSizeBase300:"14px",fontSizeBase400:"16px",fontSizeBase500:"20px",fontSizeBase600:"24px",fontSizeHero700:"28px",fontSizeHero800:"32px",fontSizeHero900:"40px",fontSizeHero1000:"68px"},yt={lineHeightBase100:"14px",lineHeightBase200:"16px",lineHeightBase300:"20px",lineHeightBase400:"22px",lineHeightBase500:"28px",lineHeightBase600:"32px",lineHeightHero700:"36px",lineHeightHero800:"40px",lineHeightHero900:"52px",lineHeightHero1000:"92px"},xt={fontWeightRegular:400,fontWeightMedium:500,fontWeightSemibold:600,fontWeightBold:700},Je={fontFamilyBase:"'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",fontFamilyMonospace:"Consolas, 'Courier New', Courier, monospace",fontFamilyNumeric:"Bahnschrift, 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif"};var O={none:"0",xxs:"2px",xs:"4px",sNudge:"6px",s:"8px",mNudge:"10px",m:"12px",l:"16px",xl:"20px",xxl:"24px",xxxl:"32px"},Qt={spacingHorizontalNone:O.none,spacingHorizontalXXS:O.xxs,spacingHorizontalXS:O.xs,spacingHorizontalSNudge:O.sNudge,spacingHorizontalS:O.s,spacingHorizontalMNudge:O.mNudge,spacingHorizontalM:O.m,spacingHorizontalL:O.l,spacingHorizontalXL:O.xl,spacingHorizontalXXL:O.xxl,spacingHorizontalXXXL:O.xxxl},Zt={spacingVerticalNone:O.none,spacingVerticalXXS:O.xxs,spacingVerticalXS:O.xs,spacingVerticalSNudge:O.sNudge,spacingVerticalS:O.s,spacingVerticalMNudge:O.mNudge,spacingVerticalM:O.m,spacingVerticalL:O.l,spacingVerticalXL:O.xl,spacingVerticalXXL:O.xxl,spacingVerticalXXXL:O.xxxl};var Nt={strokeWidthThin:"1px",strokeWidthThick:"2px",strokeWidthThicker:"3px",strokeWidthThickest:"4px"};function Qe(t,e,r=""){return{[`shadow2${r}`]:`0 0 2px ${t}, 0 1px 2px ${e}`,[`shadow4${r}`]:`0 0 2px ${t}, 0 2px 4px ${e}`,[`shadow8${r}`]:`0 0 2px ${t}, 0 4px 8px ${e}`,[`shadow16${r}`]:`0 0 2px ${t}, 0 8px 16px ${e}`,[`shadow28${r}`]:`0 0 8px ${t}, 0 14px 28px ${e}`,[`shadow64${r}`]:`0 0 8px ${t}, 0 32px 64px ${e}`}}var us=t=>{let e=ds(t);return{...Bt,...kt,...yt,...Je,...xt,...Nt,...Qt,...Zt,...Jt,...Yt,...e,...cs,...St,...Qe(e.colorNeutralShadowAmbient,e.colorNeutralShadowKey),...Qe(e.colorBrandShadowAmbient,e.colorBrandShadowKey,"Brand")}};var fo={10:"#061724",20:"#082338",30:"#0a2e4a",40:"#0c3b5e",50:"#0e4775",60:"#0f548c",70:"#115ea3",80:"#0f6cbd",90:"#2886de",100:"#479ef5",110:"#62abf5",120:"#77b7f7",130:"#96c6fa",140:"#b4d6fa",150:"#cfe4fa",160:"#ebf3fc"};var ps={...Je,fontFamilyBase:'-apple-system, BlinkMacSystemFont, "Segoe UI", system-ui, "Apple Color Emoji", "Segoe UI Emoji", sans-serif'};var ze=Ut.reduce((t,e)=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),o={[`colorPalette${r}Background1`]:N[e].shade40,[`colorPalette${r}Background2`]:N[e].shade30,[`colorPalette${r}Background3`]:N[e].primary,[`colorPalette${r}Foreground1`]:N[e].tint30,[`colorPalette${r}Foreground2`]:N[e].tint40,[`colorPalette${r}Foreground3`]:N[e].tint20,[`colorPalette${r}BorderActive`]:N[e].tint30,[`colorPalette${r}Border1`]:N[e].primary,[`colorPalette${r}Border2`]:N[e].tint20};return Object.assign(t,o)},{});ze.colorPaletteRedForeground3=N.red.tint30;ze.colorPaletteRedBorder2=N.red.tint30;ze.colorPaletteGreenForeground3=N.green.tint40;ze.colorPaletteGreenBorder2=N.green.tint40;ze.colorPaletteDarkOrangeForeground3=N.darkOrange.tint30;ze.colorPaletteDarkOrangeBorder2=N.darkOrange.tint30;ze.colorPaletteRedForegroundInverted=N.red.primary;ze.colorPaletteGreenForegroundInverted=N.green.primary;ze.colorPaletteYellowForegroundInverted=N.yellow.shade30;var mn=Kt.reduce((t,e)=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),o={[`colorPalette${r}Background2`]:Me[e].shade30,[`colorPalette${r}Foreground2`]:Me[e].tint40,[`colorPalette${r}BorderActive`]:Me[e].tint30};return Object.assign(t,o)},{});mn.colorPaletteDarkRedBackground2=Me.darkRed.shade20;mn.colorPalettePlumBackground2=Me.plum.shade20;var gs={...ze,...mn},Ze=Object.entries(U).reduce((t,[e,r])=>{let o=e.slice(0,1).toUpperCase()+e.slice(1),n={[`colorStatus${o}Background1`]:x[r].shade40,[`colorStatus${o}Background2`]:x[r].shade30,[`colorStatus${o}Background3`]:x[r].primary,[`colorStatus${o}Foreground1`]:x[r].tint30,[`colorStatus${o}Foreground2`]:x[r].tint40,[`colorStatus${o}Foreground3`]:x[r].tint20,[`colorStatus${o}BorderActive`]:x[r].tint30,[`colorStatus${o}ForegroundInverted`]:x[r].shade10,[`colorStatus${o}Border1`]:x[r].primary,[`colorStatus${o}Border2`]:x[r].tint20};return Object.assign(t,n)},{});Ze.colorStatusDangerBackground3Hover=x[U.danger].shade10;Ze.colorStatusDangerBackground3Pressed=x[U.danger].shade20;Ze.colorStatusDangerForeground3=x[U.danger].tint40;Ze.colorStatusDangerBorder2=x[U.danger].tint30;Ze.colorStatusSuccessForeground3=x[U.success].tint40;Ze.colorStatusSuccessBorder2=x[U.success].tint40;Ze.colorStatusWarningForegroundInverted=x[U.warning].shade20;var mo=Ut.reduce((t,e)=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),o={[`colorPalette${r}Background1`]:y,[`colorPalette${r}Background2`]:y,[`colorPalette${r}Background3`]:b,[`colorPalette${r}Foreground1`]:b,[`colorPalette${r}Foreground2`]:b,[`colorPalette${r}Foreground3`]:b,[`colorPalette${r}BorderActive`]:h,[`colorPalette${r}Border1`]:b,[`colorPalette${r}Border2`]:b};return Object.assign(t,o)},{});mo.colorPaletteRedForegroundInverted=b;mo.colorPaletteGreenForegroundInverted=b;mo.colorPaletteYellowForegroundInverted=b;var Ec=Kt.reduce((t,e)=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),o={[`colorPalette${r}Background2`]:y,[`colorPalette${r}Foreground2`]:b,[`colorPalette${r}BorderActive`]:h};return Object.assign(t,o)},{}),hs={...mo,...Ec},bo=Object.entries(U).reduce((t,[e,r])=>{let o=e.slice(0,1).toUpperCase()+e.slice(1),n={[`colorStatus${o}Background1`]:y,[`colorStatus${o}Background2`]:y,[`colorStatus${o}Background3`]:b,[`colorStatus${o}Foreground1`]:b,[`colorStatus${o}Foreground2`]:b,[`colorStatus${o}Foreground3`]:b,[`colorStatus${o}BorderActive`]:h,[`colorStatus${o}ForegroundInverted`]:b,[`colorStatus${o}Border1`]:b,[`colorStatus${o}Border2`]:b};return Object.assign(t,n)},{});bo.colorStatusDangerBackground3Hover=h;bo.colorStatusDangerBackground3Pressed=h;var fs=()=>({colorNeutralForeground1:b,colorNeutralForeground1Hover:T,colorNeutralForeground1Pressed:T,colorNeutralForeground1Selected:T,colorNeutralForeground2:b,colorNeutralForeground2Hover:T,colorNeutralForeground2Pressed:T,colorNeutralForeground2Selected:T,colorNeutralForeground2BrandHover:T,colorNeutralForeground2BrandPressed:T,colorNeutralForeground2BrandSelected:T,colorNeutralForeground3:b,colorNeutralForeground3Hover:T,colorNeutralForeground3Pressed:T,colorNeutralForeground3Selected:T,colorNeutralForeground3BrandHover:T,colorNeutralForeground3BrandPressed:T,colorNeutralForeground3BrandSelected:T,colorNeutralForeground4:b,colorNeutralForeground5:b,colorNeutralForeground5Hover:T,colorNeutralForeground5Pressed:T,colorNeutralForeground5Selected:T,colorNeutralForegroundDisabled:st,colorNeutralForegroundInvertedDisabled:st,colorBrandForegroundLink:fe,colorBrandForegroundLinkHover:fe,colorBrandForegroundLinkPressed:fe,colorBrandForegroundLinkSelected:fe,colorNeutralForeground2Link:fe,colorNeutralForeground2LinkHover:fe,colorNeutralForeground2LinkPressed:fe,colorNeutralForeground2LinkSelected:fe,colorCompoundBrandForeground1:h,colorCompoundBrandForeground1Hover:h,colorCompoundBrandForeground1Pressed:h,colorBrandForeground1:b,colorBrandForeground2:b,colorBrandForeground2Hover:b,colorBrandForeground2Pressed:b,colorNeutralForeground1Static:y,colorNeutralForegroundStaticInverted:b,colorNeutralForegroundInverted:T,colorNeutralForegroundInvertedHover:T,colorNeutralForegroundInvertedPressed:T,colorNeutralForegroundInvertedSelected:T,colorNeutralForegroundInverted2:b,colorNeutralForegroundOnBrand:gn,colorNeutralForegroundInvertedLink:fe,colorNeutralForegroundInvertedLinkHover:fe,colorNeutralForegroundInvertedLinkPressed:fe,colorNeutralForegroundInvertedLinkSelected:fe,colorBrandForegroundInverted:b,colorBrandForegroundInvertedHover:T,colorBrandForegroundInvertedPressed:T,colorBrandForegroundOnLight:gn,colorBrandForegroundOnLightHover:T,colorBrandForegroundOnLightPressed:T,colorBrandForegroundOnLightSelected:T,colorNeutralBackground1:y,colorNeutralBackground1Hover:h,colorNeutralBackground1Pressed:h,colorNeutralBackground1Selected:h,colorNeutralBackground2:y,colorNeutralBackground2Hover:h,colorNeutralBackground2Pressed:h,colorNeutralBackground2Selected:h,colorNeutralBackground3:y,colorNeutralBackground3Hover:h,colorNeutralBackground3Pressed:h,colorNeutralBackground3Selected:h,colorNeutralBackground4:y,colorNeutralBackground4Hover:h,colorNeutralBackground4Pressed:h,colorNeutralBackground4Selected:h,colorNeutralBackground5:y,colorNeutralBackground5Hover:h,colorNeutralBackground5Pressed:h,colorNeutralBackground5Selected:h,colorNeutralBackground6:y,colorNeutralBackground7:y,colorNeutralBackground7Hover:h,colorNeutralBackground7Pressed:h,colorNeutralBackground7Selected:h,colorNeutralBackground8:y,colorNeutralBackgroundInverted:y,colorNeutralBackgroundInvertedHover:h,colorNeutralBackgroundInvertedPressed:h,colorNeutralBackgroundInvertedSelected:h,colorNeutralBackgroundStatic:y,colorNeutralBackgroundAlpha:y,colorNeutralBackgroundAlpha2:y,colorSubtleBackground:"transparent",colorSubtleBackgroundHover:h,colorSubtleBackgroundPressed:h,colorSubtleBackgroundSelected:h,colorSubtleBackgroundLightAlphaHover:h,colorSubtleBackgroundLightAlphaPressed:h,colorSubtleBackgroundLightAlphaSelected:h,colorSubtleBackgroundInverted:"transparent",colorSubtleBackgroundInvertedHover:h,colorSubtleBackgroundInvertedPressed:h,colorSubtleBackgroundInvertedSelected:h,colorTransparentBackground:"transparent",colorTransparentBackgroundHover:h,colorTransparentBackgroundPressed:h,colorTransparentBackgroundSelected:h,colorNeutralBackgroundDisabled:y,colorNeutralBackgroundDisabled2:st,colorNeutralBackgroundInvertedDisabled:y,colorNeutralStencil1:b,colorNeutralStencil2:b,colorNeutralStencil1Alpha:b,colorNeutralStencil2Alpha:b,colorBackgroundOverlay:ee[50],colorScrollbarOverlay:ho,colorBrandBackground:ho,colorBrandBackgroundHover:h,colorBrandBackgroundPressed:h,colorBrandBackgroundSelected:h,colorCompoundBrandBackground:h,colorCompoundBrandBackgroundHover:h,colorCompoundBrandBackgroundPressed:h,colorBrandBackgroundStatic:y,colorBrandBackground2:y,colorBrandBackground2Hover:y,colorBrandBackground2Pressed:y,colorBrandBackground3Static:y,colorBrandBackground4Static:y,colorBrandBackgroundInverted:ho,colorBrandBackgroundInvertedHover:h,colorBrandBackgroundInvertedPressed:h,colorBrandBackgroundInvertedSelected:h,colorNeutralCardBackground:y,colorNeutralCardBackgroundHover:h,colorNeutralCardBackgroundPressed:h,colorNeutralCardBackgroundSelected:h,colorNeutralCardBackgroundDisabled:y,colorNeutralStrokeAccessible:b,colorNeutralStrokeAccessibleHover:h,colorNeutralStrokeAccessiblePressed:h,colorNeutralStrokeAccessibleSelected:h,colorNeutralStroke1:b,colorNeutralStroke1Hover:h,colorNeutralStroke1Pressed:h,colorNeutralStroke1Selected:h,colorNeutralStroke2:b,colorNeutralStroke3:b,colorNeutralStroke4:b,colorNeutralStroke4Hover:h,colorNeutralStroke4Pressed:h,colorNeutralStroke4Selected:h,colorNeutralStrokeSubtle:b,colorNeutralStrokeOnBrand:y,colorNeutralStrokeOnBrand2:b,colorNeutralStrokeOnBrand2Hover:b,colorNeutralStrokeOnBrand2Pressed:b,colorNeutralStrokeOnBrand2Selected:b,colorBrandStroke1:b,colorBrandStroke2:b,colorBrandStroke2Hover:h,colorBrandStroke2Pressed:h,colorBrandStroke2Contrast:y,colorCompoundBrandStroke:h,colorCompoundBrandStrokeHover:h,colorCompoundBrandStrokePressed:h,colorNeutralStrokeDisabled:st,colorNeutralStrokeDisabled2:st,colorNeutralStrokeInvertedDisabled:st,colorTransparentStroke:b,colorTransparentStrokeInteractive:h,colorTransparentStrokeDisabled:st,colorNeutralStrokeAlpha:b,colorNeutralStrokeAlpha2:y,colorStrokeFocus1:y,colorStrokeFocus2:h,colorNeutralShadowAmbient:"rgba(0,0,0,0.24)",colorNeutralShadowKey:"rgba(0,0,0,0.28)",colorNeutralShadowAmbientLighter:"rgba(0,0,0,0.12)",colorNeutralShadowKeyLighter:"rgba(0,0,0,0.14)",colorNeutralShadowAmbientDarker:"rgba(0,0,0,0.40)",colorNeutralShadowKeyDarker:"rgba(0,0,0,0.48)",colorBrandShadowAmbient:"rgba(0,0,0,0.30)",colorBrandShadowKey:"rgba(0,0,0,0.25)"});var ms=()=>{let t=fs();return{...Bt,...kt,...yt,...Je,...xt,...Nt,...Qt,...Zt,...Jt,...Yt,...t,...hs,...bo,...Qe(t.colorNeutralShadowAmbient,t.colorNeutralShadowKey),...Qe(t.colorBrandShadowAmbient,t.colorBrandShadowKey,"Brand")}};var vo={...ms(),...ps};var So=us(fo);var bs=t=>({colorNeutralForeground1:m,colorNeutralForeground1Hover:m,colorNeutralForeground1Pressed:m,colorNeutralForeground1Selected:m,colorNeutralForeground2:i[84],colorNeutralForeground2Hover:m,colorNeutralForeground2Pressed:m,colorNeutralForeground2Selected:m,colorNeutralForeground2BrandHover:t[100],colorNeutralForeground2BrandPressed:t[90],colorNeutralForeground2BrandSelected:t[100],colorNeutralForeground3:i[68],colorNeutralForeground3Hover:i[84],colorNeutralForeground3Pressed:i[84],colorNeutralForeground3Selected:i[84],colorNeutralForeground3BrandHover:t[100],colorNeutralForeground3BrandPressed:t[90],colorNeutralForeground3BrandSelected:t[100],colorNeutralForeground4:i[60],colorNeutralForeground5:i[68],colorNeutralForeground5Hover:m,colorNeutralForeground5Pressed:m,colorNeutralForeground5Selected:m,colorNeutralForegroundDisabled:i[36],colorNeutralForegroundInvertedDisabled:q[40],colorBrandForegroundLink:t[100],colorBrandForegroundLinkHover:t[110],colorBrandForegroundLinkPressed:t[90],colorBrandForegroundLinkSelected:t[100],colorNeutralForeground2Link:i[84],colorNeutralForeground2LinkHover:m,colorNeutralForeground2LinkPressed:m,colorNeutralForeground2LinkSelected:m,colorCompoundBrandForeground1:t[100],colorCompoundBrandForeground1Hover:t[110],colorCompoundBrandForeground1Pressed:t[90],colorBrandForeground1:t[100],colorBrandForeground2:t[110],colorBrandForeground2Hover:t[130],colorBrandForeground2Pressed:t[160],colorNeutralForeground1Static:i[14],colorNeutralForegroundStaticInverted:m,colorNeutralForegroundInverted:i[14],colorNeutralForegroundInvertedHover:i[14],colorNeutralForegroundInvertedPressed:i[14],colorNeutralForegroundInvertedSelected:i[14],colorNeutralForegroundInverted2:i[14],colorNeutralForegroundOnBrand:m,colorNeutralForegroundInvertedLink:m,colorNeutralForegroundInvertedLinkHover:m,colorNeutralForegroundInvertedLinkPressed:m,colorNeutralForegroundInvertedLinkSelected:m,colorBrandForegroundInverted:t[80],colorBrandForegroundInvertedHover:t[70],colorBrandForegroundInvertedPressed:t[60],colorBrandForegroundOnLight:t[80],colorBrandForegroundOnLightHover:t[70],colorBrandForegroundOnLightPressed:t[50],colorBrandForegroundOnLightSelected:t[60],colorNeutralBackground1:i[16],colorNeutralBackground1Hover:i[24],colorNeutralBackground1Pressed:i[12],colorNeutralBackground1Selected:i[22],colorNeutralBackground2:i[12],colorNeutralBackground2Hover:i[20],colorNeutralBackground2Pressed:i[8],colorNeutralBackground2Selected:i[18],colorNeutralBackground3:i[8],colorNeutralBackground3Hover:i[16],colorNeutralBackground3Pressed:i[4],colorNeutralBackground3Selected:i[14],colorNeutralBackground4:i[4],colorNeutralBackground4Hover:i[12],colorNeutralBackground4Pressed:qt,colorNeutralBackground4Selected:i[10],colorNeutralBackground5:qt,colorNeutralBackground5Hover:i[8],colorNeutralBackground5Pressed:i[2],colorNeutralBackground5Selected:i[6],colorNeutralBackground6:i[20],colorNeutralBackground7:"#00000000",colorNeutralBackground7Hover:i[10],colorNeutralBackground7Pressed:i[4],colorNeutralBackground7Selected:"#00000000",colorNeutralBackground8:i[16],colorNeutralBackgroundInverted:m,colorNeutralBackgroundInvertedHover:i[96],colorNeutralBackgroundInvertedPressed:i[88],colorNeutralBackgroundInvertedSelected:i[92],colorNeutralBackgroundStatic:i[24],colorNeutralBackgroundAlpha:wl[50],colorNeutralBackgroundAlpha2:$l[70],colorSubtleBackground:"transparent",colorSubtleBackgroundHover:i[22],colorSubtleBackgroundPressed:i[18],colorSubtleBackgroundSelected:i[20],colorSubtleBackgroundLightAlphaHover:pn[80],colorSubtleBackgroundLightAlphaPressed:pn[50],colorSubtleBackgroundLightAlphaSelected:"transparent",colorSubtleBackgroundInverted:"transparent",colorSubtleBackgroundInvertedHover:ee[10],colorSubtleBackgroundInvertedPressed:ee[30],colorSubtleBackgroundInvertedSelected:ee[20],colorTransparentBackground:"transparent",colorTransparentBackgroundHover:"transparent",colorTransparentBackgroundPressed:"transparent",colorTransparentBackgroundSelected:"transparent",colorNeutralBackgroundDisabled:i[8],colorNeutralBackgroundDisabled2:i[16],colorNeutralBackgroundInvertedDisabled:q[10],colorNeutralStencil1:i[34],colorNeutralStencil2:i[20],colorNeutralStencil1Alpha:q[10],colorNeutralStencil2Alpha:q[5],colorBackgroundOverlay:ee[50],colorScrollbarOverlay:q[60],colorBrandBackground:t[70],colorBrandBackgroundHover:t[80],colorBrandBackgroundPressed:t[40],colorBrandBackgroundSelected:t[60],colorCompoundBrandBackground:t[100],colorCompoundBrandBackgroundHover:t[110],colorCompoundBrandBackgroundPressed:t[90],colorBrandBackgroundStatic:t[80],colorBrandBackground2:t[20],colorBrandBackground2Hover:t[40],colorBrandBackground2Pressed:t[10],colorBrandBackground3Static:t[60],colorBrandBackground4Static:t[40],colorBrandBackgroundInverted:m,colorBrandBackgroundInvertedHover:t[160],colorBrandBackgroundInvertedPressed:t[140],colorBrandBackgroundInvertedSelected:t[150],colorNeutralCardBackground:i[20],colorNeutralCardBackgroundHover:i[24],colorNeutralCardBackgroundPressed:i[18],colorNeutralCardBackgroundSelected:i[22],colorNeutralCardBackgroundDisabled:i[8],colorNeutralStrokeAccessible:i[68],colorNeutralStrokeAccessibleHover:i[74],colorNeutralStrokeAccessiblePressed:i[70],colorNeutralStrokeAccessibleSelected:t[100],colorNeutralStroke1:i[40],colorNeutralStroke1Hover:i[46],colorNeutralStroke1Pressed:i[42],colorNeutralStroke1Selected:i[44],colorNeutralStroke2:i[32],colorNeutralStroke3:i[24],colorNeutralStroke4:i[24],colorNeutralStroke4Hover:i[18],colorNeutralStroke4Pressed:i[14],colorNeutralStroke4Selected:i[24],colorNeutralStrokeSubtle:i[4],colorNeutralStrokeOnBrand:i[16],colorNeutralStrokeOnBrand2:m,colorNeutralStrokeOnBrand2Hover:m,colorNeutralStrokeOnBrand2Pressed:m,colorNeutralStrokeOnBrand2Selected:m,colorBrandStroke1:t[100],colorBrandStroke2:t[50],colorBrandStroke2Hover:t[50],colorBrandStroke2Pressed:t[30],colorBrandStroke2Contrast:t[50],colorCompoundBrandStroke:t[100],colorCompoundBrandStrokeHover:t[110],colorCompoundBrandStrokePressed:t[90],colorNeutralStrokeDisabled:i[26],colorNeutralStrokeDisabled2:i[24],colorNeutralStrokeInvertedDisabled:q[40],colorTransparentStroke:"transparent",colorTransparentStrokeInteractive:"transparent",colorTransparentStrokeDisabled:"transparent",colorNeutralStrokeAlpha:q[10],colorNeutralStrokeAlpha2:q[20],colorStrokeFocus1:qt,colorStrokeFocus2:m,colorNeutralShadowAmbient:"rgba(0,0,0,0.24)",colorNeutralShadowKey:"rgba(0,0,0,0.28)",colorNeutralShadowAmbientLighter:"rgba(0,0,0,0.12)",colorNeutralShadowKeyLighter:"rgba(0,0,0,0.14)",colorNeutralShadowAmbientDarker:"rgba(0,0,0,0.40)",colorNeutralShadowKeyDarker:"rgba(0,0,0,0.48)",colorBrandShadowAmbient:"rgba(0,0,0,0.30)",colorBrandShadowKey:"rgba(0,0,0,0.25)"});var vs=t=>{let e=bs(t);return{...Bt,...kt,...yt,...Je,...xt,...Nt,...Qt,...Zt,...Jt,...Yt,...e,...gs,...Ze,...Qe(e.colorNeutralShadowAmbient,e.colorNeutralShadowKey),...Qe(e.colorBrandShadowAmbient,e.colorBrandShadowKey,"Brand")}};var Bo=vs(fo);qe.define(li);vt.define(Pl);jt.define(Gi);Ke.define(Qi);X.define(dl);Gt.define(fl);bt.define(ll);ce.define(Ii);so.define(Mi);Sr.define(ol);Xt.define(Sl);export{dn as setTheme,vo as teamsHighContrastTheme,Bo as webDarkTheme,So as webLightTheme};
