// Tables of people's names, for telling a person from a company (issue 16, item 5): real pages name
// columnists, actors, officials and founders around the companies ("Holly Baxter", "Melissa Santos", "Herbert
// Dürr": a data company's name closing a person's; "Ammar Askar", "Wilbur Ross": a cue's guess that is a person).
// Lowercase. Left out: given names that are also a company's or a place's name in our data or in the news
// ("Leonardo", "Otto", "Douglas", "Lloyd", "Kelly", "Madison", "Florence"), so those stay readable as companies.

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Given names common in English-language news, beyond those of deal news (not-companies.ts' GIVEN_NAMES); since session 18 also sport's, film's, music's and politics' (real pages name them in lists after a cue). */
export const COMMON_GIVEN_NAMES = words(`
  aaron abdul abdullah abigail abraham adele adrian adriana agnes ahmad ahmed aidan aileen aisha alan alana albert
  alberto alejandro alessandro alexa alexandra alexis alfonso alfred ali alice alicia alison allan allison alvaro
  amanda amelia amir amit ammar amy anand anders andre andrea andreas andres andy angelica angelina angus anil anita
  ann anne annette annie anton antonia anya arjun arnold arturo ashley ashok audrey ava axel ayesha barbara barry
  bart beatrice becky belinda benedict benoit bernard bernardo bernd bert beth bethany betty beverly bianca billy
  bjorn blake bob bobby bonnie brad bradley brandon brenda brendan brett bridget britt brooke bruce bruno bryan
  byron caitlin caleb cameron camila candice carl carla carmen carol caroline carolyn catherine cathy cecilia cedric
  celine chad chandra charlene charlie charlotte cheryl chiara chloe christian christina christine christoph
  christophe chuck cindy clara clarence claudia claudio clifford clint clive cody colin connie conor constance corey
  courtney craig cristina curtis cynthia dale damian dan danielle danny darren davide dean deborah debra deepak
  denis denise dennis derek desmond devon diana diane dick diego dimitri dmitry dolores dominic dominique don donna
  doris dorothy doug duncan dustin dwayne dylan earl ed eddie edgar edith edmund eduardo edwin eileen elaine eleanor
  elena elias elijah elise eliza ella ellen elliot emil emilia emilio emily enrique erica erik erin ernest ernesto
  esther ethan eva evan evelyn fabio fahad faisal farah farid fatima federica federico fernando fiona frances
  francesca francine franco fred freddie frederic frederick gabriela gareth gavin genevieve geoff geoffrey georg
  gerald gerard gianluca gilbert gillian gina giovanni gisele giulia giulio glenn gloria gordon graeme greg gregory
  greta guido guillaume gunnar gustavo gwen hamid hannah harald harriet harvey hassan heather heidi heinz helen
  helena henrik herbert herman hilary hiroshi holliday holly horace howard hugh hugo hussein ian igor imran ines
  inga ingrid irene irina isaac isabel isabella isabelle ismail ivan ivana jackie jacob jacqueline jaime jake jamal
  jamie janet janice jared jasmine jay jeanne jeffrey jenna jenny jeremy jerome jerry jesse jessica jessie jill
  jimmy joan joanna joanne jocelyn jody joel johan johanna johannes jon jonathan jordi jorge josef josephine joshua
  joyce juanita judith judy julia julian juliana julie julien julio justin kai kamal karan karim karin karl karthik
  kate katherine kathleen kathryn katie katrin katya kay keith ken kendra kenji kenny kerry khalid kim kimberly kirk
  kirsten kristen kristin kumail kurt kyle lana lara laura lauren laurence laurent lawrence leah lee leila leon
  leonard leslie lewis liam lina lindsey liz lorenzo lori lorraine louis louise lucas lucia luciano lucy luigi luke
  lydia lynn madeleine mahmoud malcolm mandy manoj marcel marcello margaret margarita mariana marilyn marina marion
  marissa marjorie marta martha martin marty marvin maryam massimo mathieu matt matthias maureen maurice max maxim
  maya mehmet mei melanie melinda melissa melvin meredith mia micah michel michele michelle mikael mike mikhail
  miles miriam mitchell mohamed mohammad mohammed molly monica monique morris muhammad murray nadia nadine naomi
  natalia natalie natasha nathan nathaniel nelson nicholas nick nicola nicolas nicole nigel nikhil nikita nikolai
  nina noel nora norbert norman olga oliver olivia omar oscar owen pablo pamela paolo pascal patricia paula pauline
  pavel peggy penny petra phil philip philippe phyllis pietro pooja prakash pranav priya priyanka rachel rahul raj
  rajesh ralph ramon randall randy raquel raul ray rebecca reginald renata rene renee rhonda ricardo rick ricky rita
  rob roberta roberto rodney rodrigo roger ron ronald rosa rosemary ross roy ruben rudolf russell ruth sabine
  sabrina salman samantha samir samuel sandeep sandra sanjay sara sasha saul sean sebastian sergei seth shane
  shannon sharon shawn sheila shelley sherry shirley sidney silvia simon simone sonia sophie stacy stefano stephanie
  stephen stuart sunil suzanne sven sylvia tamara tanya tara ted teresa terrence terry theo theodore thierry tiffany
  timothy tina toby todd tomas tommy toni tracy travis trevor troy tyler ulrich uma ursula valentina valerie vanessa
  vera veronica vicky victoria vijay vikram vincent vivian vladimir wade wanda warren wayne wendy werner wilbur
  wilhelm willem willie xavier yasmin yuki yuri yusuf yves zach zachary zoe
  novak serena venus stan milos kei daniil stefanos cristiano neymar kylian sadio virgil lebron kobe giannis luka
  nikola jayson dwyane shaquille rory bryson lamar derrick deshaun ezekiel saquon odell davante kyler joey jalen
  kawhi devin donovan trae kyrie kemba klay draymond paulo raheem jadon declan kieran diogo ansu pedri frenkie
  matthijs thiago alisson ederson thibaut keylor gianluigi zlatan romelu dries kalidou olivier antoine ousmane
  leroy timo ilkay florian serge niklas meryl scarlett julianne cate margot zendaya timothee keanu denzel idris
  chadwick joaquin jonah channing keira kristi selena ariana billie rihanna beyonce shakira kanye niall zayn miley
  demi bernie pete beto cory tulsi marianne mitt rudy nikki kellyanne reince newt mick maximo reginaldo carsten
  kylie kendall khloe kourtney scooter
`);

/**
 * Surnames of people the news names alone, so often that a cue's guess is more likely them than a company:
 * heads of government and of the largest companies ("sponsored by Obama admits …", "the Obama administration").
 */
export const NEWSWORTHY_SURNAMES = words(`
  obama trump biden clinton bush reagan carter nixon kennedy harris pence putin zelensky xi modi merkel scholz
  macron sarkozy hollande johnson sunak starmer truss may blair cameron trudeau albanese morrison kishida abe
  erdogan netanyahu lula milei meloni draghi sanchez orban lagarde powell yellen bernanke greenspan mnuchin
  musk bezos zuckerberg buffett dimon altman nadella pichai cook jobs
`);

/** A month's name, which a reference list's year may open with ("Kirby, Alex (January 2005)"). */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** After an author's name in a reference list: the year in brackets, " (2009)", " (January 2005)". */
export const CITED_YEAR_AFTER = new RegExp(`^ \\((?:${MONTH} )?\\d{4}\\)`);

/**
 * "Kirby, Alex (January 2005)", "Wallis, G. P.; Trewick, S. A. (2009)": after a reference list's author's
 * surname, a given name or initials and the year in brackets (initials may also close with ";").
 */
export const CITED_SURNAME_AFTER = new RegExp(`^, (?:[A-Z][a-z]+(?: [A-Z]\\.)? \\((?:${MONTH} )?\\d{4}\\)|(?:[A-Z]\\. ?){1,3}(?:;| \\())`);
