<#-- The bundled third-party artifacts for org.yandu.about.ThirdPartyNotices (the About box), one line each,
     tab-separated: groupId, artifactId, version, name, url, licence names, licence urls (lists joined by " | ").
     Licence names come from the POMs, or from src/license/THIRD-PARTY.properties where a POM names none. -->
<#function clean s>
    <#return s?replace("\t", " ")?replace("\r", " ")?replace("\n", " ")?trim>
</#function>
<#function urls p>
    <#assign result = []/>
    <#list p.licenses as licence>
        <#assign result = result + [clean(licence.url!"")]/>
    </#list>
    <#return result?join(" | ")>
</#function>
# groupId	artifactId	version	name	url	licences	licence urls
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${clean(p.groupId)}	${clean(p.artifactId)}	${clean(p.version)}	${clean(p.name!p.artifactId)}	${clean(p.url!"")}	${clean(e.getValue()?join(" | "))}	${urls(p)}
</#list>
