<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${content.title} · Bench Handbook</title>
<meta name="description" content="${content.description!""}">
<link rel="stylesheet" href="${content.rootpath}css/site.css">
</head>
<body>
<header><a href="${content.rootpath}index.html">Bench Handbook</a></header>
<main>
<article>
<h1>${content.title}</h1>
<#if content.description??><p class="lead">${content.description}</p></#if>
${content.body}
</article>
<#if content.tags??><ul class="tags"><#list content.tags as tag><li>${tag}</li></#list></ul></#if>
</main>
<footer>Built with JBake ${version}</footer>
</body>
</html>
