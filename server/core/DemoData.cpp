#include "server/core/DemoData.h"

#include "server/core/Admin.h"

#include "common/model/ReviewRecords.h"
#include "common/protocol/JsonReader.h"

using namespace Qt::StringLiterals;

namespace {
struct DemoTask
{
    QString title;
    int minutes;
    QString instructions;
    QList<Requirement> requirements;
};

struct DemoSet
{
    QString title;
    QString description;
    QList<DemoTask> tasks;
};

const QString kSampleNote = u" Tutkinnon vaatimukset ovat esimerkkiaineisto, eivät virallisia "
                            "ePerusteet-tekstejä."_s;

Requirement kiinteisto(const QString &code, const QString &unitCode, const QString &unitName,
                       const QString &text)
{
    return {u"nayte_381141_"_s + code, text, u"nayte_"_s + unitCode, unitName, u"381141"_s,
            u"Puhtaus- ja kiinteistöpalvelualan perustutkinto"_s};
}

Requirement media(const QString &code, const QString &unitCode, const QString &unitName,
                  const QString &text)
{
    return {u"nayte_321604_"_s + code, text, u"nayte_"_s + unitCode, unitName, u"321604"_s,
            u"Media-alan ja kuvallisen ilmaisun perustutkinto"_s};
}

DemoSet propertySet()
{
    const QString piha = u"Piha- ja ulkoalueiden hoitaminen"_s;
    const QString yleishoito = u"Kiinteistön yleishoito ja valvonta"_s;
    const QString yllapito = u"Ylläpitosiivous"_s;
    const QString asuin = u"Asuinkiinteistöjen puhtauspalvelujen tuottaminen"_s;
    const QString ilmasto = u"Ilmastovastuullinen toiminta"_s;
    const QString jarjestelmat = u"Kiinteistöjärjestelmien hoitaminen"_s;
    const QString asiakas = u"Asiakaslähtöisten puhtaus- ja kiinteistöpalvelujen tuottaminen"_s;
    return {
        u"Kiinteistönhoito talvikaudella"_s,
        u"Talven kiinteistönhoidon töitä: piha, porrashuone, jätekatos ja ilmanvaihto."_s
            + kSampleNote,
        {
            {u"Lumityöt ja hiekoitus piha-alueella"_s, 90,
             u"<p>Tänään pidät pihan turvallisena. Liukas piha on vaarallinen, joten työsi on "
             "tärkeä!</p><ul><li>Pue lämpimät vaatteet, <b>heijastinliivi</b> ja kengät, joissa "
             "on hyvä pito.</li><li>Auraa ensin kulkureitit: ulko-ovet, portaat ja polku "
             "jätekatokselle.</li><li>Kasaa lumi niin, ettei kasa estä näkyvyyttä.</li>"
             "<li>Hiekoita liukkaat kohdat. Ripottele hiekka tasaisesti.</li><li>Kerro "
             "ohjaajalle, jos näet jäätä katon reunalla tai rikkinäisen valon.</li></ul>"
             "<p>Kirjoita lopuksi lyhyesti, mitä teit ja mitä huomasit.</p>"_s,
             {kiinteisto(u"piha_1"_s, u"piha"_s, piha,
                         u"Osaa tehdä lumityöt ja liukkauden torjunnan turvallisesti."_s),
              kiinteisto(u"piha_2"_s, u"piha"_s, piha,
                         u"Osaa valita työhön sopivat välineet ja suojavarusteet."_s),
              kiinteisto(u"yleishoito_1"_s, u"yleishoito"_s, yleishoito,
                         u"Osaa huomata ulkoalueiden viat ja vaarat ja ilmoittaa niistä."_s)}},
            {u"Porrashuoneen ylläpitosiivous"_s, 120,
             u"<p>Porrashuone on talon käyntikortti. Kun se on siisti, asukkaat viihtyvät.</p>"
             "<ul><li>Ota siivouskaapista moppi, ämpäri, mikrokuituliinat ja "
             "<b>yleispuhdistusaine</b>.</li><li>Lue pakkauksesta, paljonko ainetta laitetaan "
             "veteen.</li><li>Aloita ylimmästä kerroksesta ja siivoa alaspäin.</li><li>Pyyhi "
             "kaiteet, ovenkahvat ja valokatkaisijat.</li><li>Pese lattia ja laita "
             "<b>Märkä lattia</b> -kyltti näkyviin.</li></ul><p>Jos asukas tulee vastaan, "
             "tervehdi ja anna tilaa kulkea.</p>"_s,
             {kiinteisto(u"yllapito_1"_s, u"yllapito"_s, yllapito,
                         u"Osaa valita oikeat siivousvälineet ja -aineet ja annostella aineet "
                         "ohjeen mukaan."_s),
              kiinteisto(u"yllapito_2"_s, u"yllapito"_s, yllapito,
                         u"Osaa siivota porrashuoneen järkevässä työjärjestyksessä."_s),
              kiinteisto(u"asuin_1"_s, u"asuin"_s, asuin,
                         u"Osaa toimia asukkaiden kanssa ystävällisesti."_s)}},
            {u"Jätekatoksen siisteys ja lajittelu"_s, 60,
             u"<p>Hyvä lajittelu säästää luontoa ja rahaa. Sinä voit auttaa!</p><ul><li>Katso "
             "astioiden tarrat: <b>bio</b>, kartonki, lasi, metalli, muovi ja sekajäte.</li>"
             "<li>Siirrä väärässä astiassa olevat roskat oikeaan astiaan. Käytä "
             "suojakäsineitä.</li><li>Lakaise lattia ja kerää irtoroskat.</li><li>Jos astia on "
             "rikki tai liian täynnä, ota kuva ja kerro ohjaajalle.</li></ul>"_s,
             {kiinteisto(u"ilmasto_1"_s, u"ilmasto"_s, ilmasto,
                         u"Osaa lajitella jätteet oikein ja kertoa, miksi lajittelu on "
                         "tärkeää."_s),
              kiinteisto(u"asuin_2"_s, u"asuin"_s, asuin,
                         u"Osaa pitää jätekatoksen siistinä ja turvallisena."_s)}},
            {u"Ilmanvaihdon suodattimien vaihto ohjatusti"_s, 90,
             u"<p>Puhdas suodatin tarkoittaa puhdasta sisäilmaa. Teet tämän työn yhdessä "
             "ohjaajan kanssa.</p><ul><li>Ohjaaja näyttää, miten ilmanvaihtokone "
             "<b>sammutetaan turvallisesti</b>.</li><li>Katso vanhan suodattimen koko ja "
             "asento ennen kuin otat sen pois.</li><li>Laita uusi suodatin paikalleen. Nuoli "
             "näyttää, mihin suuntaan ilma kulkee.</li><li>Kirjoita huoltokorttiin päivämäärä "
             "ja oma nimesi.</li></ul><p>Kysy aina, jos jokin on epäselvää. Kysyminen on "
             "ammattitaitoa!</p>"_s,
             {kiinteisto(u"jarjestelmat_1"_s, u"jarjestelmat"_s, jarjestelmat,
                         u"Osaa vaihtaa ilmanvaihtokoneen suodattimet ohjeen mukaan."_s),
              kiinteisto(u"jarjestelmat_2"_s, u"jarjestelmat"_s, jarjestelmat,
                         u"Osaa kirjata tekemänsä huoltotyön."_s),
              kiinteisto(u"asiakas_1"_s, u"asiakas"_s, asiakas,
                         u"Osaa toimia työturvallisesti ja noudattaa työohjeita."_s)}},
        }};
}

DemoSet mediaSet()
{
    const QString ala = u"Media-alalla toimiminen"_s;
    const QString kuva = u"Valokuvaus ja kuvankäsittely"_s;
    const QString julkaisu = u"Julkaisutuotanto"_s;
    return {
        u"Media: luontokuvaus ja julkaisu"_s,
        u"Kuvaat luontoa, valitset ja käsittelet parhaat kuvat ja julkaiset ne verkossa."_s
            + kSampleNote,
        {
            {u"Luontokuvaus ulkona"_s, 120,
             u"<p>Lähde ulos kameran tai puhelimen kanssa ja etsi luonnosta kauniita "
             "yksityiskohtia.</p><ul><li>Tarkista ennen lähtöä: akku on ladattu, muistissa on "
             "tilaa ja vaatteet sopivat säähän.</li><li>Ota <b>vähintään 20 kuvaa</b>: "
             "lähikuvia (esimerkiksi jäkälä, jää tai jäljet lumessa) ja maisemia.</li>"
             "<li>Kuvaa samaa kohdetta eri suunnista ja eri korkeuksilta.</li><li>Liiku "
             "rauhallisesti. Älä häiritse eläimiä.</li></ul><p>Kirjoita lopuksi, mikä kuva "
             "onnistui mielestäsi parhaiten ja miksi.</p>"_s,
             {media(u"kuva_1"_s, u"kuvaus"_s, kuva,
                    u"Osaa suunnitella kuvausretken ja varautua olosuhteisiin."_s),
              media(u"kuva_2"_s, u"kuvaus"_s, kuva,
                    u"Osaa kuvata luontoa erilaisilla rajauksilla ja valoilla."_s)}},
            {u"Kuvien valinta ja käsittely"_s, 90,
             u"<p>Nyt valitset parhaat kuvat ja teet niistä vielä parempia.</p><ul><li>Siirrä "
             "kuvat koneelle omaan kansioon. Anna kansiolle selkeä nimi, esimerkiksi "
             "<b>luontokuvat_tammikuu</b>.</li><li>Valitse viisi parasta kuvaa.</li><li>Rajaa "
             "kuvat ja säädä valoisuutta. Älä muuta kuvaa liikaa.</li><li>Tallenna käsitellyt "
             "kuvat JPEG-muodossa. Säilytä myös alkuperäiset kuvat.</li></ul>"_s,
             {media(u"kuva_3"_s, u"kuvaus"_s, kuva,
                    u"Osaa valita onnistuneet kuvat ja perustella valintansa."_s),
              media(u"kuva_4"_s, u"kuvaus"_s, kuva,
                    u"Osaa rajata ja säätää kuvia kuvankäsittelyohjelmalla."_s),
              media(u"ala_1"_s, u"ala"_s, ala,
                    u"Osaa nimetä ja tallentaa tiedostot järjestelmällisesti."_s)}},
            {u"Kuvien julkaiseminen verkossa tekijänoikeudet huomioiden"_s, 60,
             u"<p>Julkaiset kuvasi työpajan verkkosivulla tai somessa yhdessä ohjaajan "
             "kanssa.</p><ul><li>Julkaise vain <b>omia kuviasi</b>. Toisen ottama kuva "
             "tarvitsee aina luvan.</li><li>Jos kuvassa on ihminen, kysy häneltä lupa ennen "
             "julkaisua.</li><li>Kirjoita jokaiselle kuvalle lyhyt kuvateksti: missä ja milloin "
             "kuva on otettu.</li><li>Merkitse oma nimesi kuvaajaksi.</li></ul><p>Ohjaaja "
             "katsoo julkaisun kanssasi ennen kuin painat Julkaise.</p>"_s,
             {media(u"julkaisu_1"_s, u"julkaisu"_s, julkaisu,
                    u"Osaa julkaista kuvia verkkopalvelussa."_s),
              media(u"ala_2"_s, u"ala"_s, ala,
                    u"Osaa ottaa huomioon tekijänoikeudet ja kuvattavien yksityisyyden."_s)}},
        }};
}

// Returns the id of the set with this title in the organisation, creating it with its tasks.
std::optional<QString> ensureSet(Admin *admin, qint64 orgId, const DemoSet &demo, int position,
                                 Error *error)
{
    for (const TaskSetSummary &s : admin->taskSets(orgId)) {
        if (s.title == demo.title)
            return s.id;
    }
    TaskSet set;
    set.title = demo.title;
    set.description = demo.description;
    set.position = position;
    const std::optional<QString> setId = admin->createTaskSet(orgId, set, error);
    if (!setId)
        return std::nullopt;
    int taskPosition = 0;
    for (const DemoTask &t : demo.tasks) {
        Task task;
        task.taskSetId = *setId;
        task.title = t.title;
        task.instructions = t.instructions;
        task.requirements = t.requirements;
        task.position = ++taskPosition;
        task.estimatedMinutes = t.minutes;
        if (!admin->createTask(orgId, task, error))
            return std::nullopt;
    }
    return setId;
}
// The organisation's bank of quick phrases, in Finnish. Ids are fixed so the bank is made once.
struct DemoPhrase
{
    QString id;
    QString type;
    QString text;
};

QList<DemoPhrase> phraseBank()
{
    return {
        {u"demo-phrase-praise-1"_s, u"praise"_s, u"Hienoa työtä!"_s},
        {u"demo-phrase-praise-2"_s, u"praise"_s, u"Työjälki on siistiä."_s},
        {u"demo-phrase-praise-3"_s, u"praise"_s,
         u"Työskentelit turvallisesti ja käytit suojavarusteita."_s},
        {u"demo-phrase-praise-4"_s, u"praise"_s, u"Kirjoitit selkeästi, mitä teit."_s},
        {u"demo-phrase-praise-5"_s, u"praise"_s, u"Hyvä, että kysyit, kun jokin oli epäselvää."_s},
        {u"demo-phrase-praise-6"_s, u"praise"_s, u"Olet edistynyt paljon!"_s},
        {u"demo-phrase-guidance-1"_s, u"guidance"_s, u"Kerro vielä, mitä välineitä käytit."_s},
        {u"demo-phrase-guidance-2"_s, u"guidance"_s, u"Lisää kuva valmiista työstä."_s},
        {u"demo-phrase-guidance-3"_s, u"guidance"_s,
         u"Kirjoita, mitä tekisit seuraavalla kerralla toisin."_s},
        {u"demo-phrase-guidance-4"_s, u"guidance"_s,
         u"Muista suojavarusteet: käsineet ja heijastinliivi."_s},
        {u"demo-phrase-guidance-5"_s, u"guidance"_s,
         u"Kysy ohjaajalta, jos et ole varma työjärjestyksestä."_s},
    };
}

// The demo's operations carry fixed times, so that asking again sends exactly the same data.
const QDateTime kSeedTime = QDateTime(QDate(2026, 1, 12), QTime(9, 30), Qt::UTC);

Operation seedOperation(qint64 counter, const QString &kindName, const QString &id,
                        const QJsonObject &data)
{
    Operation op;
    op.counter = counter;
    op.kind = kindName;
    op.id = id;
    op.clientTime = kSeedTime;
    op.data = data;
    return op;
}

// Applies the operations as the user's seed device; duplicates (asked before) are fine.
bool applySeed(Admin *admin, const QString &username, const QList<Operation> &ops, Error *error)
{
    const std::optional<QList<Ack>> acks
        = admin->applyAs(username, u"demo-seed-"_s + username, ops, error);
    if (!acks)
        return false;
    for (const Ack &ack : *acks) {
        if (ack.status == AckStatus::Rejected) {
            *error = ack.error;
            return false;
        }
    }
    return true;
}

// The phrase bank (written by the demo admin) and one submitted task of Aino's, so that the
// coach has something in the review queue.
bool ensureCoaching(Admin *admin, const QString &propertySetId, Error *error)
{
    QList<Operation> phrases;
    const QList<DemoPhrase> bank = phraseBank();
    for (qsizetype i = 0; i < bank.size(); ++i) {
        const Hlc hlc(kSeedTime.toMSecsSinceEpoch(), static_cast<int>(i),
                      u"demo-seed-admin"_s);
        const QJsonObject set{{u"type"_s, QJsonObject{{u"value"_s, bank[i].type}}},
                              {u"text"_s, QJsonObject{{u"value"_s, bank[i].text}}},
                              {u"position"_s, QJsonObject{{u"value"_s, i + 1}}}};
        phrases.append(seedOperation(i + 1, QString::fromUtf16(kind::kPhrase), bank[i].id,
                                     {{u"hlc"_s, hlc.toString()}, {u"set"_s, set}}));
    }
    if (!applySeed(admin, u"admin"_s, phrases, error))
        return false;
    const QList<Task> tasks = admin->tasksOfSet(propertySetId);
    if (tasks.isEmpty()) {
        *error = Error(ErrorCode::NotFound, u"the demo task set has no tasks"_s);
        return false;
    }
    const QString at = toIsoUtc(kSeedTime);
    const QString taskId = tasks.first().id;
    const QString answer
        = u"Aurasin ulko-ovien edustat, portaat ja polun jätekatokselle. Hiekoitin portaat ja "
          "liukkaan kohdan pyörätelineen vieressä. Huomasin, että katon reunalla oven yläpuolella "
          "on jääpuikkoja, ja kerroin niistä ohjaajalle."_s;
    return applySeed(admin, u"aino"_s,
                     {seedOperation(1, QString::fromUtf16(kind::kProgress),
                                    u"demo-aino-progress-1"_s,
                                    {{u"taskId"_s, taskId}, {u"event"_s, u"started"_s}, {u"at"_s, at}}),
                      seedOperation(2, QString::fromUtf16(kind::kSubmission),
                                    u"demo-aino-submission-1"_s,
                                    {{u"taskId"_s, taskId}, {u"answer"_s, answer}, {u"at"_s, at}})},
                     error);
}
} // namespace

QString DemoData::organisationName()
{
    return u"Lapin Työpajasäätiö (demo)"_s;
}

QList<DemoAccount> DemoData::accounts()
{
    return {{u"admin"_s, u"Admin-demo1"_s, Role::Admin, u"Pajan ylläpitäjä"_s},
            {u"valmentaja"_s, u"Valmentaja-demo1"_s, Role::Coach, u"Veera Valmentaja"_s},
            {u"aino"_s, u"Aino-demo1"_s, Role::Trainee, u"Aino Aaltonen"_s},
            {u"mikko"_s, u"Mikko-demo1"_s, Role::Trainee, u"Mikko Mäkelä"_s}};
}

qint64 DemoData::ensure(Admin *admin, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    qint64 orgId = 0;
    for (const OrgRow &org : admin->orgs()) {
        if (org.name == organisationName())
            orgId = org.id;
    }
    if (orgId == 0) {
        const std::optional<qint64> id = admin->createOrg(organisationName(), error);
        if (!id)
            return 0;
        orgId = *id;
    }
    for (const DemoAccount &a : accounts()) {
        Error lookup;
        if (admin->user(a.username, &lookup))
            continue;
        if (!admin->createUser({orgId, a.username, a.role, a.displayName, a.password}, nullptr,
                               error))
            return 0;
    }
    const std::optional<QString> property = ensureSet(admin, orgId, propertySet(), 1, error);
    const std::optional<QString> mediaId
        = property ? ensureSet(admin, orgId, mediaSet(), 2, error) : std::nullopt;
    if (!property || !mediaId)
        return 0;
    if (!admin->assign(u"aino"_s, *property, error) || !admin->assign(u"aino"_s, *mediaId, error)
        || !admin->assign(u"mikko"_s, *property, error))
        return 0;
    if (!ensureCoaching(admin, *property, error))
        return 0;
    return orgId;
}
